package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.places.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures become a notification with details and a log entry; the window goes on working. */
class ErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aBadImageGivesANotificationWithDetailsNotACrash() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("photos"));
        byte[] noise = new byte[64 * 1024];
        new Random(9).nextBytes(noise);
        Path broken = Files.write(dir.resolve("broken.img"), noise);
        Path state = dir.resolve("state");
        try (RunningApp app = RunningApp.start(RunningApp.environment(state, home))) {
            app.fxRun(() -> app.window().images().open(broken));
            app.await("the error banner", () -> !app.window().banner().message().isEmpty());
            assertThat(app.fx(() -> app.window().banner().message())).startsWith("Cannot open broken.img: ");

            Node banner = app.robot.lookup("#error-banner").query();
            app.robot.clickOn(app.robot.from(banner).lookup((Node node) -> node instanceof ToggleButton).<Node>query());
            TextArea details = app.robot.from(banner).lookup((Node node) -> node instanceof TextArea).query();
            assertThat(app.fx(() -> details.isVisible())).isTrue();
            String trace = app.fx(() -> details.getText());
            assertThat(trace).contains("at io.flashdeck.").contains("flashdeck.log");
            app.screenshot("error-notification");

            String log = Files.readString(state.resolve("logs").resolve("flashdeck.log"));
            assertThat(log).contains("Cannot open broken.img").contains("\tat io.flashdeck.");
            List<Place> images = app.fx(() -> List.copyOf(app.window().places().images().places()));
            assertThat(images).as("a bad image stays out of the sidebar").isEmpty();

            // The window still works: the left pane browses on.
            app.enter(app.left(), "photos");
        }
    }
}
