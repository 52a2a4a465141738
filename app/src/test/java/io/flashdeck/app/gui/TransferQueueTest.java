package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.transfer.JobState;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads and downloads between an image (left) and the host (right) through the drop handling
 * the mouse uses, with the queue's badges, the conflict dialog and skip-unchanged.
 */
class TransferQueueTest {

    @TempDir
    Path dir;

    CameraImage image;
    Path home;
    RunningApp app;

    @BeforeEach
    void start() throws Exception {
        image = CameraImage.create(dir.resolve("sdcard.img"));
        home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("upload/sub"));
        Files.writeString(home.resolve("upload/a.txt"), "alpha\n");
        Files.write(home.resolve("upload/sub/b.bin"), new byte[70_000]);
        Files.writeString(home.resolve("single.py"), "print('hi')\n");
        app = RunningApp.withImageAndHome(dir.resolve("state"), image, home);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private Volume imageVolume() {
        return app.fx(() -> app.left().model().listing().volume());
    }

    private byte[] onImage(String path) throws IOException {
        try (InputStream in = imageVolume().openRead(VolumePath.parse(path))) {
            return in.readAllBytes();
        }
    }

    private void dropFromDesktop(Path... files) {
        app.fxRun(() -> app.window().copies().dropHostFiles(List.of(files), app.left()));
    }

    @Test
    void filesAndFoldersDroppedFromTheDesktopAreUploadedAndVerified() throws Exception {
        dropFromDesktop(home.resolve("upload"), home.resolve("single.py"));
        app.awaitTransfers(2);
        assertThat(app.jobStates()).containsExactly(JobState.VERIFIED, JobState.VERIFIED);
        assertThat(onImage("/upload/a.txt")).isEqualTo(Files.readAllBytes(home.resolve("upload/a.txt")));
        assertThat(onImage("/upload/sub/b.bin")).isEqualTo(Files.readAllBytes(home.resolve("upload/sub/b.bin")));
        assertThat(onImage("/single.py")).isEqualTo(Files.readAllBytes(home.resolve("single.py")));
        app.await("the pane refreshed", () -> app.names(app.left()).contains("single.py"));
        assertThat(app.statusText()).isEqualTo("Copied 3 files to " + image.file.toAbsolutePath() + ":/");

        // The table draws its rows on the next pulse.
        app.await("both rows badged", () -> visibleBadges().equals(List.of("Verified", "Verified")));
        app.screenshot("transfer-queue-verified");
    }

    private List<String> visibleBadges() {
        return app.fx(() -> app.robot.lookup("#transfer-table").lookup(".transfer-badge")
                .queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList());
    }

    @Test
    void aSelectionDroppedOnTheHostPaneAndDownloadToFolderBothDownload() throws Exception {
        app.enter(app.left(), "DCIM");
        app.clickRow(app.left(), "IMG_0001.JPG");
        app.addRow(app.left(), "IMG_0002.JPG");
        app.fxRun(() -> app.window().copies().dropEntries(app.left(), app.left().selectedEntries(), app.right()));
        app.awaitTransfers(2);
        assertThat(Files.readAllBytes(home.resolve("IMG_0001.JPG"))).isEqualTo(image.content("/DCIM/IMG_0001.JPG"));
        assertThat(Files.readAllBytes(home.resolve("IMG_0002.JPG"))).isEqualTo(image.content("/DCIM/IMG_0002.JPG"));
        app.await("the host pane refreshed", () -> app.names(app.right()).contains("IMG_0002.JPG"));

        Path chosen = Files.createDirectories(dir.resolve("elsewhere"));
        app.fxRun(() -> app.window().copies().downloadTo(app.left(), chosen));
        app.awaitTransfers(4);
        assertThat(app.jobStates()).containsOnly(JobState.VERIFIED);
        assertThat(Files.readAllBytes(chosen.resolve("IMG_0001.JPG"))).isEqualTo(image.content("/DCIM/IMG_0001.JPG"));
        assertThat(Files.readAllBytes(chosen.resolve("IMG_0002.JPG"))).isEqualTo(image.content("/DCIM/IMG_0002.JPG"));
    }

    @Test
    void theContextMenuOffersDownloadTo() {
        app.openContextMenu(app.left(), "main.py");
        assertThat(app.fx(() -> app.robot.lookup("#menu-download").tryQuery().isPresent())).isTrue();
        app.type(KeyCode.ESCAPE);
    }

    @Test
    void conflictsAreAskedFileByFileUntilApplyToAllAndUnchangedFilesAreLeft() throws Exception {
        Path batch = Files.createDirectories(home.resolve("batch"));
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
            Files.writeString(batch.resolve(name), "new " + name);
        }
        dropFromDesktop(batch);
        app.awaitTransfers(1);
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(batch.resolve(name), "newer " + name);
        }
        // d.txt stays as it is on the image: the same SHA-256, no question

        dropFromDesktop(batch);
        app.await("the first question", app::dialogOpen);
        assertThat(app.fx(() -> app.robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()))
                .isEqualTo("“a.txt” already exists in " + image.file.toAbsolutePath() + ":/batch");
        app.clickDialogButton("Replace");
        app.await("the second question", app::dialogOpen);
        app.robot.clickOn("#conflict-apply-to-all");
        app.clickDialogButton("Keep both");
        app.awaitTransfers(2);
        assertThat(app.dialogCount()).as("c.txt was not asked about").isZero();

        assertThat(new String(onImage("/batch/a.txt"))).isEqualTo("newer a.txt");
        assertThat(new String(onImage("/batch/b.txt"))).isEqualTo("new b.txt");
        assertThat(new String(onImage("/batch/b (1).txt"))).isEqualTo("newer b.txt");
        assertThat(new String(onImage("/batch/c (1).txt"))).isEqualTo("newer c.txt");
        assertThat(new String(onImage("/batch/d.txt"))).isEqualTo("new d.txt");
        assertThat(imageVolume().find(VolumePath.parse("/batch/d (1).txt"))).isEmpty();
        assertThat(app.statusText()).isEqualTo("Copied 3 files to " + image.file.toAbsolutePath()
                + ":/, 1 unchanged (same SHA-256)");

        dropFromDesktop(batch);
        app.await("the third copy's question", app::dialogOpen);
        app.robot.clickOn("#conflict-apply-to-all");
        app.clickDialogButton("Skip");
        app.awaitTransfers(3);
        assertThat(app.jobStates().get(2)).isEqualTo(JobState.SKIPPED);
        assertThat(app.statusText()).endsWith("Copied 0 files to " + image.file.toAbsolutePath()
                + ":/, 2 unchanged (same SHA-256), 2 skipped");
        assertThat(imageVolume().list(VolumePath.parse("/batch"))).hasSize(6);
    }

    @Test
    void aCopyOfIdenticalFilesIsReportedUnchanged() throws Exception {
        dropFromDesktop(home.resolve("single.py"));
        app.awaitTransfers(1);
        dropFromDesktop(home.resolve("single.py"));
        app.awaitTransfers(2);
        assertThat(app.dialogCount()).isZero();
        assertThat(app.jobStates()).containsExactly(JobState.VERIFIED, JobState.UNCHANGED);
        assertThat(app.statusText()).isEqualTo("Copied 0 files to " + image.file.toAbsolutePath()
                + ":/, 1 unchanged (same SHA-256)");
    }
}
