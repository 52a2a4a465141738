package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties… from a pane's context menu: a file's size and the SHA-256 computed on request agree
 * with sha256sum over the same bytes; a folder's totals are counted.
 */
class PropertiesTest {

    @TempDir
    Path dir;

    @Test
    void showsSizeAndTheSha256SumComputesAndFolderTotals() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("flash.img"));
        Path copy = dir.resolve("model.tflite");
        Files.write(copy, image.content("/model.tflite"));
        String expected = ExternalTool.run("sha256sum", copy.toString()).requireSuccess().stdout().split(" ")[0];
        try (RunningApp app = RunningApp.start(RunningApp.environment(dir.resolve("state"),
                Files.createDirectories(dir.resolve("home"))))) {
            app.openImage(image);

            app.openContextMenu(app.left(), "model.tflite");
            app.robot.clickOn("Properties…");
            assertThat(app.labelText("#fact-size")).isEqualTo("93.8 KiB (96,000 bytes)");
            assertThat(app.labelText("#fact-path")).isEqualTo(image.file.toRealPath() + ":/model.tflite");
            assertThat(app.labelText("#fact-modified")).isEqualTo("2024-05-01 09:58:00");
            app.robot.clickOn("#compute-sha256");
            app.await("the SHA-256", () -> app.labelText("#fact-sha-256").equals(expected));
            app.screenshotWithDialog("properties");
            app.clickDialogButton("Close");

            app.openContextMenu(app.left(), "lib");
            app.robot.clickOn("Properties…");
            app.await("the folder's totals", () -> app.labelText("#fact-contents").startsWith("2 files in 1 folder, "));
            app.clickDialogButton("Close");
        }
    }
}
