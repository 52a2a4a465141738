package io.flashdeck.app.gui.camera;

import io.flashdeck.app.device.CameraDescription;
import io.flashdeck.app.device.UsbDrives;
import io.flashdeck.app.gui.browser.FolderChooser;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.serial.agent.MountInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * What a camera's context menu does: connect and list the mounts, device info, sync, eject, soft
 * and hard reset (reformat and factory reset are {@link EraseFlow}'s). The device work runs on
 * worker threads; the status bar says what is going on and failures become notifications.
 */
final class CameraActions {

    private final CameraPlaces cameras;
    private final CameraWindow window;
    private final CameraStatus status;
    private final Supplier<List<Path>> hostDrives;
    private final EraseFlow erase;

    CameraActions(CameraPlaces cameras, CameraWindow window, CameraStatus status, Supplier<List<Path>> hostDrives,
            FolderChooser folders) {
        this.cameras = cameras;
        this.window = window;
        this.status = status;
        this.hostDrives = hostDrives;
        this.erase = new EraseFlow(this, window, status, folders);
    }

    EraseFlow erase() {
        return erase;
    }

    List<MenuItem> cameraMenu(CameraEntry camera) {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("Device info…", MaterialDesignI.INFORMATION_OUTLINE, () -> showInfo(camera)));
        items.add(new SeparatorMenuItem());
        camera.places().forEach(place -> items.addAll(mountMenu(camera, camera.mountPath(place))));
        items.add(item("Factory reset…", MaterialDesignR.RESTORE, () -> erase.factoryReset(camera)));
        items.add(new SeparatorMenuItem());
        items.add(item("Sync", MaterialDesignS.SYNC, () -> sync(camera)));
        items.add(item("Eject", MaterialDesignE.EJECT_OUTLINE, () -> eject(camera)));
        items.add(new SeparatorMenuItem());
        items.add(item("Soft reset", MaterialDesignR.RESTART, () -> softReset(camera)));
        items.add(item("Hard reset", MaterialDesignP.POWER, () -> hardReset(camera)));
        return items;
    }

    List<MenuItem> mountMenu(CameraEntry camera, String mountPath) {
        return List.of(item("Reformat " + mountPath + "…", MaterialDesignF.FORMAT_PAINT,
                () -> erase.reformat(camera, mountPath)));
    }

    /** Connects (when not yet connected) and lists the mounts with their space; checks for the camera's USB drive. */
    void connect(CameraEntry camera) {
        boolean onUsb = cameras.isOnUsb(camera);
        run(camera, "Connecting to " + camera.title() + "…", "connect to", () -> {
            List<MountInfo> mounts = camera.connection().mounts();
            String warning = onUsb ? UsbDrives.warning(UsbDrives.openMvDrives(hostDrives.get())) : "";
            return new Reached(mounts, warning);
        }, reached -> {
            camera.showMounts(reached.mounts());
            camera.usbWarningProperty().set(reached.usbWarning());
            camera.stateProperty().set("");
            status.show(camera.title() + " connected");
        });
    }

    /** The mounts as the camera reported them, and the USB drive warning (empty when its drive is not mounted here). */
    private record Reached(List<MountInfo> mounts, String usbWarning) {
    }

    private void showInfo(CameraEntry camera) {
        run(camera, "Asking " + camera.title() + " what it is…", "ask", () -> CameraDescription.of(camera.title(),
                camera.connection().camera().session().info(), camera.connection().mounts()), lines -> {
                    status.show("");
                    CameraDialogs.showInfo(window.owner(), camera.title(), lines, camera.usbWarningProperty().get());
                });
    }

    private void sync(CameraEntry camera) {
        run(camera, "Syncing " + camera.title() + "…", "sync", () -> {
            camera.connection().sync();
            return camera.connection().mounts();
        }, mounts -> {
            camera.showMounts(mounts);
            status.show(camera.title() + " synced: everything is written to its storage");
        });
    }

    private void eject(CameraEntry camera) {
        run(camera, "Ejecting " + camera.title() + "…", "eject", () -> {
            camera.connection().eject();
            return null;
        }, nothing -> {
            camera.stateProperty().set("ejected");
            status.show(camera.title() + " ejected: it can be unplugged");
        });
    }

    private void softReset(CameraEntry camera) {
        run(camera, "Soft reset of " + camera.title() + "…", "reset", () -> {
            camera.connection().softReset();
            return camera.connection().mounts();
        }, mounts -> {
            camera.showMounts(mounts);
            status.show(camera.title() + " soft reset: MicroPython restarted, the files are as they were");
            window.refreshPanesOf(camera);
        });
    }

    /** Reboots the board; the entry stays while its port is away and the session reopens when it answers. */
    private void hardReset(CameraEntry camera) {
        camera.setRestarting(true);
        camera.stateProperty().set("restarting…");
        Consumer<Exception> failed = failure -> {
            cameras.restartEnded(camera);
            camera.stateProperty().set("not answering");
        };
        run(camera, "Hard reset of " + camera.title() + ": waiting for it to come back…", "reset", () -> {
            Duration away = camera.connection().hardReset();
            return new Back(away, camera.connection().mounts());
        }, back -> {
            cameras.restartEnded(camera);
            camera.stateProperty().set("");
            camera.showMounts(back.mounts());
            status.show(String.format(Locale.ROOT, "%s is back after %.1f s", camera.title(),
                    back.away().toMillis() / 1000.0));
            window.refreshPanesOf(camera);
        }, failed);
    }

    /** A camera back from a hard reset: how long it was away and its mounts. */
    private record Back(Duration away, List<MountInfo> mounts) {
    }

    <T> void run(CameraEntry camera, String doing, String verb, BackgroundTasks.Work<T> work, Consumer<T> done) {
        run(camera, doing, verb, work, done, failure -> { });
    }

    /** Says {@code doing} in the status bar, runs {@code work} on a worker, then {@code done} or a notification. */
    <T> void run(CameraEntry camera, String doing, String verb, BackgroundTasks.Work<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        status.show(doing);
        window.tasks().run(work, done, failure -> {
            status.show("");
            failed.accept(failure);
            window.notifier().failed(verb, camera.title(), null, failure);
        });
    }

    private static MenuItem item(String text, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(event -> action.run());
        return item;
    }
}
