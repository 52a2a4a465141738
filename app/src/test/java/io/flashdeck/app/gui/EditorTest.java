package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.CliRun;
import io.flashdeck.app.gui.browser.FilePaneView;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor on an image (left pane) and on this computer (right pane): changes made behind its
 * back, files it refuses, find and replace with undo, Windows line endings, unsaved changes on close.
 */
class EditorTest {

    private static final String BOOT_PY = "import os\r\nos.sync()\r\nOS = 'os'\r\n";

    @TempDir
    Path dir;

    CameraImage image;
    Path home;
    RunningApp app;
    EditorDriver editor;

    @BeforeEach
    void start() throws Exception {
        image = CameraImage.create(dir.resolve("flash.img"));
        home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("boot.py"), BOOT_PY);
        app = RunningApp.start(RunningApp.environment(dir.resolve("state"), home));
        app.openImage(image);
        app.awaitDirectory(app.right(), "home", home.toString());
        editor = new EditorDriver(app);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private void open(FilePaneView pane, String name) {
        app.clickRow(pane, name);
        app.type(KeyCode.ENTER);
        editor.awaitTab(name);
    }

    private String imageFile(String path) {
        CliRun run = CliRun.run(dir, "cat", image.file + ":" + path);
        assertThat(run.code).as(run.toString()).isZero();
        return run.out;
    }

    /** Writes to the image through the app's own volume, as a script or the other pane would. */
    private void changeBehindTheEditorsBack(String text) throws IOException {
        Volume volume = app.fx(() -> app.left().model().listing().volume());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        volume.write(VolumePath.parse("/main.py"), new ByteArrayInputStream(bytes), bytes.length, WriteOptions.DEFAULT);
        volume.flush();
    }

    @Test
    void warnsWhenTheFileChangedMeanwhileAndReloadsOrOverwrites() throws Exception {
        open(app.left(), "main.py");
        editor.typeAtEnd("x\n");
        changeBehindTheEditorsBack("print('from a script')\n");

        editor.press(KeyCode.CONTROL, KeyCode.S);
        app.await("the changed-meanwhile warning", app::dialogOpen);
        assertThat(app.dialogText()).startsWith(image.file.toRealPath() + ":/main.py changed since it was opened\n");
        app.clickDialogButton("Reload");
        app.await("the file as it is now", () -> editor.text().equals("print('from a script')\n"));
        assertThat(editor.title()).isEqualTo("main.py");

        editor.typeAtEnd("y\n");
        changeBehindTheEditorsBack("print('again')\n");
        editor.press(KeyCode.CONTROL, KeyCode.S);
        app.await("the changed-meanwhile warning", app::dialogOpen);
        app.clickDialogButton("Overwrite");
        app.await("the save", () -> editor.title().equals("main.py"));
        assertThat(imageFile("/main.py")).isEqualTo("print('from a script')\ny\n");
    }

    @Test
    void refusesBinaryAndLargeFilesThenFindsReplacesUndoesAndKeepsWindowsLineEndings() throws Exception {
        Files.write(home.resolve("big.txt"), new byte[(2 << 20) + 1]);
        app.fxRun(() -> app.right().model().refresh());
        app.await("big.txt listed", () -> app.names(app.right()).contains("big.txt"));

        app.clickRow(app.left(), "model.tflite");
        app.type(KeyCode.ENTER);
        assertThat(app.dialogOpen()).as("Enter leaves other files alone").isFalse();
        app.type(KeyCode.F4);
        app.await("the refusal", app::dialogOpen);
        assertThat(app.dialogText()).startsWith("“model.tflite” is not opened in the editor\n")
                .contains("it is a binary file, not text");
        app.clickDialogButton("OK");
        app.clickRow(app.right(), "big.txt");
        app.type(KeyCode.ENTER);
        app.await("the refusal", app::dialogOpen);
        assertThat(app.dialogText()).startsWith("“big.txt” is not opened in the editor\n")
                .contains("it is larger than the editor's limit of 2 MiB");
        app.clickDialogButton("OK");
        assertThat(editor.showing()).isFalse();

        open(app.right(), "boot.py");
        assertThat(editor.text()).isEqualTo("import os\nos.sync()\nOS = 'os'\n");

        editor.press(KeyCode.CONTROL, KeyCode.F);
        editor.type("os");
        app.type(KeyCode.ENTER);
        app.type(KeyCode.ENTER);
        assertThat(app.fx(() -> editor.field("find-field").getText())).isEqualTo("os");
        assertThat(editor.selectedText()).as("the second occurrence").isEqualTo("os");

        editor.press(KeyCode.CONTROL, KeyCode.H);
        editor.type("uos");
        editor.clickButton("find-match-case");
        editor.clickButton("find-replace-all");
        assertThat(editor.text()).isEqualTo("import uos\nuos.sync()\nOS = 'uos'\n");
        assertThat(editor.title()).isEqualTo("• boot.py");

        editor.press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.text()).as("one undo takes back every replacement").isEqualTo("import os\nos.sync()\nOS = 'os'\n");
        assertThat(editor.title()).isEqualTo("boot.py");
        editor.press(KeyCode.CONTROL, KeyCode.Y);
        editor.press(KeyCode.CONTROL, KeyCode.S);
        app.await("the save", () -> editor.title().equals("boot.py"));
        assertThat(Files.readString(home.resolve("boot.py"))).isEqualTo("import uos\r\nuos.sync()\r\nOS = 'uos'\r\n");
    }

    @Test
    void aSecondEnterWhileTheFileIsReadOpensNoSecondTab() throws Exception {
        app.clickRow(app.left(), "main.py");
        app.fxRun(() -> {
            app.left().table().fireEvent(enter());
            app.left().table().fireEvent(enter());
        });
        editor.awaitTab("main.py");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.titles()).containsExactly("main.py");
    }

    private static KeyEvent enter() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false);
    }

    @Test
    void asksBeforeUnsavedChangesAreClosed() throws Exception {
        String original = imageFile("/main.py");
        open(app.left(), "main.py");
        editor.typeAtEnd("#\n");

        editor.press(KeyCode.CONTROL, KeyCode.W);
        app.await("the unsaved-changes question", app::dialogOpen);
        assertThat(app.dialogText()).startsWith("Save the changes to “main.py”?\n");
        app.clickDialogButton("Cancel");
        assertThat(editor.titles()).containsExactly("• main.py");

        // Closing the main window asks too, and Cancel keeps both windows.
        Stage main = app.fx(() -> (Stage) app.left().getScene().getWindow());
        editor.requestClose(main);
        app.await("the unsaved-changes question", app::dialogOpen);
        app.clickDialogButton("Cancel");
        assertThat(app.fx(main::isShowing)).isTrue();

        editor.press(KeyCode.CONTROL, KeyCode.W);
        app.await("the unsaved-changes question", app::dialogOpen);
        app.clickDialogButton("Discard");
        app.await("the editor closed", () -> !editor.showing());
        assertThat(imageFile("/main.py")).isEqualTo(original);

        // The context menu's Edit opens it again (the mouse needs no keyboard focus after the window closed).
        app.openContextMenu(app.left(), "main.py");
        app.robot.clickOn("Edit");
        editor.awaitTab("main.py");
        editor.typeAtEnd("k=1\n");
        editor.requestClose(editor.stage());
        app.await("the unsaved-changes question", app::dialogOpen);
        app.clickDialogButton("Save");
        app.await("the editor closed", () -> !editor.showing());
        assertThat(imageFile("/main.py")).isEqualTo(original + "k=1\n");
    }
}
