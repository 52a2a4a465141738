package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.CliRun;
import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.app.cli.location.VirtualCameraConnector;
import io.flashdeck.app.gui.camera.CameraPlaces;
import io.flashdeck.serial.repl.ReplSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code main.py} on the virtual camera's flash, opened from a pane, edited and saved with Ctrl+S;
 * the command line, a second program on the same camera, reads it back.
 */
class EditorOnVirtualCameraTest {

    @TempDir
    Path dir;

    @Test
    void editsMainPyOnTheCameraAndTheCommandLineReadsTheSavedText() throws Exception {
        VirtualCameraFiles files = VirtualCameraFiles.create(dir.resolve("emu"),
                Files.createDirectories(dir.resolve("scratch")));
        Path work = Files.createDirectories(dir.resolve("work"));
        CameraAccess camera = new CameraAccess(List::of, new VirtualCameraConnector(files.directory),
                ReplSettings.defaults());
        String original = cat(work, camera);
        assertThat(original).contains("import");

        try (RunningApp app = RunningApp.start(RunningApp.environment(dir.resolve("state"),
                Files.createDirectories(dir.resolve("home")),
                () -> List.of(new CameraPlaces(files.sources(List::of, dir.resolve("unused"), List::of)))))) {
            EditorDriver editor = new EditorDriver(app);
            app.sidebar().click("/flash");
            app.awaitDirectory(app.left(), "emu:/flash", "/");
            app.clickRow(app.left(), "main.py");
            app.type(KeyCode.ENTER);
            editor.awaitTab("main.py");
            assertThat(editor.text()).isEqualTo(original);
            assertThat(editor.title()).isEqualTo("main.py");

            editor.typeAtEnd("# edited in FlashDeck\nprint('edited', 0x2A)\n");
            assertThat(editor.title()).as("the dirty mark").isEqualTo("• main.py");
            app.await("Python colours", () -> editor.stylesAt(original.indexOf("import")).contains("syntax-keyword"));
            editor.screenshot("editor");

            editor.press(KeyCode.CONTROL, KeyCode.S);
            app.await("the save", () -> editor.title().equals("main.py"));
            assertThat(cat(work, camera)).isEqualTo(original + "# edited in FlashDeck\nprint('edited', 0x2A)\n");

            // Undo after the save brings the mark back, as the text differs from the camera's again;
            // redo returns to the saved text. (How much one undo takes back depends on typing pauses.)
            editor.press(KeyCode.CONTROL, KeyCode.Z);
            assertThat(editor.title()).isEqualTo("• main.py");
            assertThat(editor.text()).isNotEqualTo(original + "# edited in FlashDeck\nprint('edited', 0x2A)\n");
            editor.press(KeyCode.CONTROL, KeyCode.Y);
            assertThat(editor.title()).isEqualTo("main.py");
        }
    }

    private static String cat(Path work, CameraAccess camera) {
        CliRun run = CliRun.run(work, camera, "cat", "emu:/flash/main.py");
        assertThat(run.code).as(run.toString()).isZero();
        return run.out;
    }
}
