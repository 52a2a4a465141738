package io.flashdeck.app.gui.camera;

import io.flashdeck.app.device.Loss;
import io.flashdeck.app.gui.browser.FolderChooser;
import io.flashdeck.app.gui.camera.CameraDialogs.EraseChoice;
import io.flashdeck.app.gui.task.LatestOnFxThread;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.agent.MountInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reformatting a mount and a factory reset: count what would be lost, ask (offering a backup),
 * back the files up when asked and only then erase, as the firmware does.
 */
final class EraseFlow {

    /** One of the two ways to erase a mount. */
    private enum Kind {
        REFORMAT("Reformat", "Reformatted", "An empty FAT file system is made in their place."),
        FACTORY_RESET("Factory reset", "Factory reset",
                "The firmware's default files (main.py, README.txt, .openmv_disk) are written in their place.");

        final String verb;
        final String done;
        final String consequence;

        Kind(String verb, String done, String consequence) {
            this.verb = verb;
            this.done = done;
            this.consequence = consequence;
        }
    }

    private final CameraActions actions;
    private final CameraWindow window;
    private final CameraStatus status;
    private final FolderChooser folders;

    EraseFlow(CameraActions actions, CameraWindow window, CameraStatus status, FolderChooser folders) {
        this.actions = actions;
        this.window = window;
        this.status = status;
        this.folders = folders;
    }

    void reformat(CameraEntry camera, String mountPath) {
        ask(camera, Kind.REFORMAT, mountPath);
    }

    /** Erases the internal flash: {@code /flash}, or {@code /} on firmware before OpenMV 4.6. */
    void factoryReset(CameraEntry camera) {
        actions.run(camera, "Finding the flash of " + camera.title() + "…", "factory-reset",
                () -> camera.connection().camera().internalFlash().path(),
                flash -> ask(camera, Kind.FACTORY_RESET, flash));
    }

    private void ask(CameraEntry camera, Kind kind, String mountPath) {
        actions.run(camera, "Counting the files on " + mountPath + "…", kind.verb.toLowerCase(Locale.ROOT),
                () -> Loss.of(mount(camera, mountPath)), loss -> {
                    status.show("");
                    String header = kind.verb + " " + mountPath + " of " + camera.title() + "?";
                    EraseChoice choice = CameraDialogs.confirmErase(window.owner(), header, loss.erasedFrom(mountPath),
                            kind.consequence, kind.verb, camera.usbWarningProperty().get());
                    if (choice == EraseChoice.ERASE) {
                        erase(camera, kind, mountPath);
                    } else if (choice == EraseChoice.BACK_UP_FIRST) {
                        backUpThenErase(camera, kind, mountPath);
                    }
                });
    }

    private void backUpThenErase(CameraEntry camera, Kind kind, String mountPath) {
        Optional<Path> folder = folders.choose(window.owner(), "Back up " + mountPath + " of " + camera.title() + " to",
                Optional.empty());
        if (folder.isEmpty()) {
            return;
        }
        String mountName = mountPath.equals("/") ? "flash" : VolumePath.parse(mountPath).name();
        LatestOnFxThread<String> progress = new LatestOnFxThread<>(status::show);
        actions.run(camera, "Backing up " + mountPath + " to " + folder.get() + "…", "back up " + mountPath + " of",
                () -> MountBackup.copy(mount(camera, mountPath), mountName, folder.get(), new TransferProgress() {
                    @Override
                    public void advanced(long fileBytes, long overallBytes, long totalBytes) {
                        progress.offer("Backing up " + mountPath + ": " + ByteSizes.format(overallBytes) + " of "
                                + ByteSizes.format(totalBytes));
                    }
                }), backup -> {
                    status.show("Backed up " + mountPath + " to " + backup);
                    erase(camera, kind, mountPath);
                });
    }

    private void erase(CameraEntry camera, Kind kind, String mountPath) {
        actions.run(camera, kind.verb + " of " + mountPath + " on " + camera.title() + "…", kind.verb.toLowerCase(Locale.ROOT),
                () -> {
                    if (kind == Kind.FACTORY_RESET) {
                        camera.connection().camera().session().factoryReset(mountPath);
                    } else {
                        camera.connection().camera().session().format(mountPath);
                    }
                    return camera.connection().mounts();
                }, mounts -> {
                    camera.showMounts(mounts);
                    window.refreshPanesOf(camera);
                    status.show(kind.done + " " + mountPath + " of " + camera.title() + ": " + space(mounts, mountPath));
                });
    }

    private static String space(List<MountInfo> mounts, String mountPath) {
        return mounts.stream().filter(mount -> mount.path().equals(mountPath)).findFirst()
                .map(mount -> mount.fileSystem() + ", " + ByteSizes.format(mount.freeBytes()) + " free")
                .orElse("no longer mounted");
    }

    private static Volume mount(CameraEntry camera, String mountPath) throws IOException {
        return camera.connection().camera().volume(VolumePath.parse(mountPath));
    }
}
