package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drawn icons of the icons module in the window: each kind of file and each place shows its
 * own, at its size in both themes, and buttons that show only an icon still say what they do.
 */
class IconsTest {

    /** A file of each kind, by the icon it should show. */
    private static final Map<String, String> FILES = Map.of(
            "main.py", "types/python", "photo.jpg", "types/image", "clip.mjpeg", "types/video",
            "notes.txt", "types/text", "labels.csv", "types/data", "trained.tflite", "types/model",
            "backup.img", "types/disk", "blob.xyz", "types/other", "lib", "types/folder");

    @TempDir
    Path dir;

    @Test
    void filesAndPlacesShowTheirDrawnIconsInBothThemes() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        for (String name : FILES.keySet()) {
            if (name.contains(".")) {
                Files.writeString(home.resolve(name), name);
            } else {
                Files.createDirectories(home.resolve(name));
            }
        }
        CameraImage image = CameraImage.create(dir.resolve("sdcard.img"));
        try (RunningApp app = RunningApp.withVirtualCamera(dir, home)) {
            app.openImage(image);
            app.awaitDirectory(app.right(), "home", home.toString());
            FILES.forEach((name, icon) -> assertDrawn(app.rowIcon(app.right(), name), icon, 16));
            Map.of("Home", "devices/home", "Virtual camera", "devices/virtual-camera", "/flash", "devices/flash",
                    "/sdcard", "devices/sdcard", "sdcard.img", "devices/disk-image")
                    .forEach((title, icon) -> assertDrawn(app.sidebar().icon(title), icon, 20));
            assertThat(iconOnlyButtonsWithoutText(app)).isEmpty();
            app.screenshot("icons");
            app.robot.clickOn("#action-theme");
            app.screenshot("icons-dark");
        }
    }

    private static void assertDrawn(Image image, String icon, int size) {
        assertThat(image.getUrl()).as("icon").endsWith("/io/flashdeck/icons/" + icon + ".png");
        assertThat(image.isError()).as(icon + " loaded").isFalse();
        assertThat(List.of(image.getWidth(), image.getHeight())).as(icon + " size")
                .containsExactly((double) size, (double) size);
    }

    /** Buttons of the main window that show only an icon and give a screen reader nothing to say. */
    private static List<String> iconOnlyButtonsWithoutText(RunningApp app) {
        return app.fx(() -> app.robot.from(app.left().getScene().getRoot())
                .lookup((Node node) -> node instanceof Button button && isBlank(button.getText())
                        && isBlank(button.getAccessibleText()))
                .queryAll().stream().map(node -> node.getId() + " " + node.getStyleClass()).toList());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
