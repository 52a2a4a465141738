package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rename, new folder and delete on an image through the keyboard and the dialogs; mcopy reads the
 * result back while the window is still open, and fsck.fat finds the image clean after it closed.
 */
class FileOperationsTest {

    @TempDir
    Path dir;

    @Test
    void renamesMakesFoldersAndDeletesOnAnImage() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("flash.img"));
        try (RunningApp app = RunningApp.start(RunningApp.environment(dir.resolve("state"),
                Files.createDirectories(dir.resolve("home"))))) {
            app.openImage(image);

            // F2 selects the name without its extension: typing replaces just that.
            app.clickRow(app.left(), "main.py");
            app.type(KeyCode.F2);
            app.await("the rename dialog", app::dialogOpen);
            app.writeInDialog("app");
            app.type(KeyCode.ENTER);
            app.await("app.py listed", () -> app.names(app.left()).contains("app.py"));
            assertThat(app.names(app.left())).doesNotContain("main.py");
            assertThat(app.selectedNames(app.left())).containsExactly("app.py");

            app.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
            app.await("the new folder dialog", app::dialogOpen);
            app.writeInDialog("scripts");
            app.type(KeyCode.ENTER);
            app.await("scripts listed", () -> app.names(app.left()).contains("scripts"));
            assertThat(app.selectedNames(app.left())).containsExactly("scripts");

            // Cancelling the confirmation deletes nothing.
            app.clickRow(app.left(), "README.txt");
            app.type(KeyCode.DELETE);
            app.await("the delete confirmation", app::dialogOpen);
            app.clickDialogButton("Cancel");
            assertThat(app.names(app.left())).contains("README.txt");

            app.type(KeyCode.DELETE);
            app.await("the delete confirmation", app::dialogOpen);
            app.clickDialogButton("Delete");
            app.await("README.txt gone", () -> !app.names(app.left()).contains("README.txt"));

            // A folder goes with everything in it.
            app.clickRow(app.left(), "lib");
            app.type(KeyCode.DELETE);
            app.await("the delete confirmation", app::dialogOpen);
            app.clickDialogButton("Delete");
            app.await("lib gone", () -> !app.names(app.left()).contains("lib"));
            assertThat(app.names(app.left()))
                    .containsExactly("DCIM", "scripts", "app.py", "model.tflite", "settings.json");

            // Every change is on the medium at once, where another reader sees it.
            Map<String, String> expected = new TreeMap<>();
            expected.put("/DCIM", "dir");
            expected.put("/scripts", "dir");
            for (String file : new String[] {"/model.tflite", "/settings.json", "/DCIM/IMG_0001.JPG",
                    "/DCIM/IMG_0002.JPG", "/DCIM/IMG_0003.JPG"}) {
                expected.put(file, TreeSnapshot.fileValue(image.content(file)));
            }
            expected.put("/app.py", TreeSnapshot.fileValue(image.content("/main.py")));
            Path copiedOut = Files.createDirectories(dir.resolve("mcopy"));
            MTools.on(image.file).copyOut("::/", copiedOut);
            assertThat(TreeSnapshot.ofHost(copiedOut)).isEqualTo(expected);
        }
        Fsck.assertClean(image.file);
    }
}
