package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.camera.CameraPlaces;
import io.flashdeck.app.gui.camera.CameraSources;
import io.flashdeck.app.gui.transfer.JobState;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.emu.CameraSettings;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.CuttingLink;
import io.flashdeck.serial.testing.TestCamera;
import io.flashdeck.serial.testing.ThrottledLink;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads to the virtual camera's SD card over a link as slow as a camera's: a cancel mid-file and
 * a cable pulled mid-file both leave the old file (or none) and no temporary; the camera is
 * reached again afterwards. Drags out of the camera: staged complete or not at all, and limited.
 */
class CameraTransferTest {

    private static final long LINK_BYTES_PER_SECOND = 60_000;

    @TempDir
    Path dir;

    TestCamera camera;
    final List<CuttingLink> cables = new CopyOnWriteArrayList<>();
    Path home;
    Path big;
    RunningApp app;

    /** On the card from the start, written into its image before the camera is on. */
    byte[] clip;

    @BeforeEach
    void start() throws Exception {
        Path card = Files.createDirectories(dir.resolve("camera")).resolve("sdcard.img");
        ImageFormatter.create(card, CameraSettings.SDCARD_BYTES, FormatOptions.defaults());
        clip = new byte[200_000];
        new Random(9).nextBytes(clip);
        try (FatVolume volume = DiskImage.openVolume(card, null, FatOptions.DEFAULT)) {
            volume.write(VolumePath.parse("/clip.bin"), new ByteArrayInputStream(clip), clip.length, WriteOptions.DEFAULT);
            volume.mkdir(VolumePath.parse("/clips"));
            volume.write(VolumePath.parse("/clips/video.mjpeg"), new ByteArrayInputStream(new byte[17 << 20]),
                    17 << 20, WriteOptions.DEFAULT);
        }
        camera = TestCamera.start(card.getParent());
        camera.allowDrops(); // a new session's Ctrl-C burst ends what a cut left running
        home = Files.createDirectories(dir.resolve("home"));
        big = home.resolve("big.bin");
        byte[] content = new byte[400_000];
        new Random(7).nextBytes(content);
        Files.write(big, content);
        Files.writeString(home.resolve("small.txt"), "small\n");
        CameraPlaces cameraPlaces = new CameraPlaces(new CameraSources(location -> {
            CuttingLink cable = new CuttingLink(camera.link());
            cables.add(cable);
            return new ThrottledLink(cable, LINK_BYTES_PER_SECOND);
        }, List::of, port -> {
            throw new IOException("no serial ports in this test");
        }, List::of, Duration.ofSeconds(1), ReplSettings.defaults()));
        app = RunningApp.start(RunningApp.environment(dir.resolve("state"), home, () -> List.of(cameraPlaces)));
        app.sidebar().click("/sdcard");
        app.awaitDirectory(app.left(), "emu:/sdcard", "/");
    }

    @AfterEach
    void close() throws Exception {
        try {
            app.close();
        } finally {
            camera.close(); // both images pass fsck.fat
        }
    }

    private Volume card() {
        return app.fx(() -> app.left().model().listing().volume());
    }

    private String read(String path) throws IOException {
        try (InputStream in = card().openRead(VolumePath.parse(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> temporaries() {
        return camera.storedNames("/sdcard").stream().map(name -> new String(name, StandardCharsets.UTF_8))
                .filter(name -> name.startsWith(".")).toList();
    }

    private void upload(Path file) {
        app.fxRun(() -> app.window().copies().dropHostFiles(List.of(file), app.left()));
    }

    private void awaitMidFile() {
        app.await("the upload part way", () -> {
            if (app.window().transfers().jobs().isEmpty()) {
                return false;
            }
            double progress = app.window().transfers().jobs().get(app.window().transfers().jobs().size() - 1)
                    .progressProperty().get();
            return progress > 0.15 && progress < 0.6;
        });
    }

    @Test
    void aCancelledUploadLeavesTheOldFileAndNoTemporary() throws Exception {
        card().write(VolumePath.parse("/big.bin"), new ByteArrayInputStream("old".getBytes(StandardCharsets.UTF_8)),
                3, WriteOptions.DEFAULT);
        upload(home.resolve("small.txt"));
        // a drop is planned off the FX thread: the second must not overtake the first into the queue
        app.await("the small file queued", () -> app.window().transfers().jobs().size() == 1);
        upload(big);
        app.await("the question about big.bin", app::dialogOpen);
        app.clickDialogButton("Replace");
        awaitMidFile();
        // "(2 of 2)" while the small file's job is still in the queue, "(1 of 1)" once it is done
        assertThat(app.statusText()).matches("Copying big\\.bin \\(([12]) of \\1\\) to emu:/sdcard/.*")
                .contains("/s").contains("left");
        app.screenshot("transfer-queue");

        app.robot.clickOn("#cancel-big-bin");
        app.awaitTransfers(2);
        assertThat(app.jobStates()).containsExactly(JobState.VERIFIED, JobState.CANCELLED);
        assertThat(read("/big.bin")).isEqualTo("old");
        assertThat(read("/small.txt")).isEqualTo("small\n");
        assertThat(temporaries()).isEmpty();
        assertThat(app.statusText()).contains("1 item cancelled");
    }

    private List<File> dragOut() {
        return app.fx(() -> app.window().dragAndDrop().dragOut().offer(app.left(), app.left().selectedEntries()));
    }

    @Test
    void aDragOutOfTheCameraHasNothingUnderItsNameUntilTheFileIsComplete() throws Exception {
        app.clickRow(app.left(), "clip.bin");
        File staged = dragOut().get(0);
        awaitMidFile();
        assertThat(app.statusText()).startsWith("Copying clip.bin (1 of 1) to the drag-out folder ");
        assertThat(staged).doesNotExist();
        app.awaitTransfers(1);
        app.await("clip.bin in place", staged::exists);
        assertThat(Files.readAllBytes(staged.toPath())).isEqualTo(clip);
        app.fxRun(() -> app.window().dragAndDrop().dragOut().ended(false));
        assertThat(app.fx(() -> app.window().banner().message())).isEmpty();
    }

    @Test
    void aDragOutOfMoreThan16MiBIsRefusedWithAPointerToDownloadTo() {
        app.clickRow(app.left(), "clips");
        assertThat(dragOut()).as("a folder's size is known once walked").hasSize(1);
        app.await("the refusal", () -> !app.window().banner().message().isEmpty());
        assertThat(app.fx(() -> app.window().banner().message())).isEqualTo("Cannot drag out clips: 17 MiB is more"
                + " than a drag out of a camera may carry (16 MiB): use Download to… instead");
        assertThat(app.window().transfers().jobs()).isEmpty();
        app.fxRun(() -> app.window().dragAndDrop().dragOut().ended(false));
        app.fxRun(() -> app.window().banner().dismiss());

        app.enter(app.left(), "clips");
        app.clickRow(app.left(), "video.mjpeg");
        assertThat(dragOut()).as("nothing for the desktop").isEmpty();
        app.fxRun(() -> app.window().dragAndDrop().dragOut().ended(true));
        assertThat(app.fx(() -> app.window().banner().message())).as("the other pane took it").isEmpty();
        assertThat(dragOut()).isEmpty();
        app.fxRun(() -> app.window().dragAndDrop().dragOut().ended(false));
        assertThat(app.fx(() -> app.window().banner().message())).isEqualTo("Cannot drag out video.mjpeg: 17 MiB is"
                + " more than a drag out of a camera may carry (16 MiB): use Download to… instead");
        assertThat(app.window().transfers().jobs()).isEmpty();
    }

    @Test
    void aCableCutMidUploadGivesAClearMessageAndTheCameraIsReachedAgain() throws Exception {
        upload(big);
        awaitMidFile();
        cables.get(cables.size() - 1).cutAfter(0);
        app.awaitTransfers(1);
        assertThat(app.jobStates()).containsExactly(JobState.FAILED);
        String message = app.fx(() -> app.window().banner().message());
        assertThat(message).startsWith("Cannot copy big.bin: lost the connection").doesNotContain("Exception")
                .doesNotContain("\tat ");
        app.screenshot("camera-unplugged");

        // The cable is back: the next listing and the next upload connect anew.
        app.fxRun(() -> app.left().model().refresh());
        app.awaitDirectory(app.left(), "emu:/sdcard", "/");
        assertThat(app.names(app.left())).doesNotContain("big.bin");
        upload(home.resolve("small.txt"));
        app.awaitTransfers(2);
        assertThat(app.jobStates().get(1)).isEqualTo(JobState.VERIFIED);
        assertThat(read("/small.txt")).isEqualTo("small\n");
        assertThat(temporaries()).isEmpty();
        assertThat(cables).hasSizeGreaterThan(1);
    }
}
