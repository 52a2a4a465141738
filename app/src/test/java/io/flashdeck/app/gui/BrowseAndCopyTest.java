package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image made by the formatter in the left pane, a host folder in the right one, driven by mouse and keys. */
class BrowseAndCopyTest {

    @TempDir
    Path dir;

    CameraImage image;
    Path home;
    String imageId;
    RunningApp app;

    @BeforeEach
    void start() throws Exception {
        image = CameraImage.create(dir.resolve("sdcard.img"));
        imageId = image.placeId();
        home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("photos"));
        Files.writeString(home.resolve("notes.txt"), "shopping list\n");
        app = RunningApp.withImageAndHome(dir.resolve("state"), image, home);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void showsFoldersFirstThenFilesByName() throws Exception {
        assertThat(app.names(app.left()))
                .containsExactly("DCIM", "lib", "main.py", "model.tflite", "README.txt", "settings.json");
        assertThat(app.names(app.right())).containsExactly("photos", "notes.txt");
        app.screenshot("main-window");
    }

    @Test
    void entersFoldersWithEnterAndLeavesThemWithBackspace() {
        app.enter(app.left(), "lib");
        assertThat(app.names(app.left())).containsExactly("vendor", "helpers.py");

        app.enter(app.left(), "vendor");
        assertThat(app.names(app.left())).containsExactly("tiny.py");

        app.type(KeyCode.BACK_SPACE);
        app.awaitDirectory(app.left(), imageId, "/lib");
        assertThat(app.selectedNames(app.left())).as("the folder just left").containsExactly("vendor");
        app.type(KeyCode.BACK_SPACE);
        app.awaitDirectory(app.left(), imageId, "/");
        assertThat(app.selectedNames(app.left())).containsExactly("lib");
    }

    @Test
    void sortsByTheClickedColumnKeepingFoldersFirst() {
        app.clickColumn(app.left(), "Size");
        assertThat(app.names(app.left()))
                .containsExactly("DCIM", "lib", "settings.json", "README.txt", "main.py", "model.tflite");
        app.clickColumn(app.left(), "Size");
        assertThat(app.names(app.left()))
                .containsExactly("DCIM", "lib", "model.tflite", "main.py", "README.txt", "settings.json");
    }

    @Test
    void copiesASelectionOfFilesAndFoldersToTheOtherPane() throws Exception {
        app.enter(app.left(), "DCIM");
        app.clickRow(app.left(), "IMG_0001.JPG");
        app.addRow(app.left(), "IMG_0003.JPG");
        app.type(KeyCode.F5);
        app.await("two photos on the host", () -> app.names(app.right()).contains("IMG_0003.JPG"));
        assertThat(app.names(app.right())).containsExactly("photos", "IMG_0001.JPG", "IMG_0003.JPG", "notes.txt");
        assertThat(Files.readAllBytes(home.resolve("IMG_0001.JPG"))).isEqualTo(image.content("/DCIM/IMG_0001.JPG"));
        assertThat(Files.readAllBytes(home.resolve("IMG_0003.JPG"))).isEqualTo(image.content("/DCIM/IMG_0003.JPG"));
        assertThat(home.resolve("IMG_0002.JPG")).doesNotExist();
        assertThat(app.statusText()).isEqualTo("Copied 2 files to " + home);
        app.screenshot("copied-to-host");

        app.type(KeyCode.BACK_SPACE);
        app.awaitDirectory(app.left(), imageId, "/");
        app.clickRow(app.left(), "lib");
        app.addRow(app.left(), "main.py");
        app.type(KeyCode.F5);
        app.await("lib on the host", () -> Files.isRegularFile(home.resolve("lib/vendor/tiny.py"))
                && app.names(app.right()).contains("main.py"));
        assertThat(Files.readAllBytes(home.resolve("lib/vendor/tiny.py"))).isEqualTo(image.content("/lib/vendor/tiny.py"));
        assertThat(Files.readAllBytes(home.resolve("lib/helpers.py"))).isEqualTo(image.content("/lib/helpers.py"));
        assertThat(Files.readAllBytes(home.resolve("main.py"))).isEqualTo(image.content("/main.py"));
    }

    @Test
    void theContextMenuCopiesPathsAndLeavesTheKeysToThePane() {
        app.openContextMenu(app.left(), "main.py");
        app.robot.clickOn("Copy path");
        assertThat(app.fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(image.file.toAbsolutePath() + ":/main.py");

        // The menu's shortcuts are only shown: F2 asks once, not once per menu.
        app.type(KeyCode.F2);
        app.await("the rename dialog", app::dialogOpen);
        assertThat(app.dialogCount()).isEqualTo(1);
        app.type(KeyCode.ESCAPE);
        app.await("the dialog closed", () -> !app.dialogOpen());
        assertThat(app.names(app.left())).contains("main.py");
    }
}
