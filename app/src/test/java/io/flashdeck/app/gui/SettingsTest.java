package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flashdeck.app.gui.settings.Settings;
import io.flashdeck.app.gui.settings.SettingsStore;
import io.flashdeck.app.gui.theme.Theme;
import io.flashdeck.app.report.ErrorLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window comes back as it was left: places of both panes, recent images, theme, size. */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunRestoresWhatTheFirstLeft() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("sdcard.img"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("photos"));
        GuiEnvironment environment = RunningApp.environment(dir.resolve("state"), home);

        try (RunningApp first = RunningApp.start(environment)) {
            first.enter(first.right(), "photos");
            first.clickRow(first.left(), "photos");
            first.openImage(image);
            first.enter(first.left(), "DCIM");
            first.robot.clickOn("#action-theme");
            assertThat(first.fx(() -> first.window().theme())).isEqualTo(Theme.DARK);
        }

        Path file = environment.configDirectory().resolve(SettingsStore.FILE_NAME);
        JsonNode saved = new ObjectMapper().readTree(file.toFile());
        assertThat(saved.get("theme").asText()).isEqualTo("DARK");
        assertThat(saved.get("recentImages").get(0).asText()).isEqualTo(image.file.toAbsolutePath().toString());
        assertThat(saved.get("panes").get(0).get("place").asText()).isEqualTo(image.placeId());
        assertThat(saved.get("panes").get(0).get("path").asText()).isEqualTo("/DCIM");
        assertThat(saved.get("window").get("width").asDouble()).isPositive();

        try (RunningApp second = RunningApp.start(environment)) {
            second.awaitDirectory(second.left(), image.placeId(), "/DCIM");
            second.awaitDirectory(second.right(), "home", home.resolve("photos").toString());
            assertThat(second.fx(() -> second.left().getScene().getStylesheets()))
                    .anyMatch(sheet -> sheet.endsWith("dark.css"));
            assertThat(second.fx(() -> second.window().places().images().places().get(0).id())).isEqualTo(image.placeId());
            second.clickRow(second.left(), "IMG_0002.JPG");
            second.screenshot("main-window-dark");
        }
    }

    @Test
    void aBrokenSettingsFileGivesTheDefaultsAndIsKeptAside() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), "{\"theme\": \"DARK\", \"panes\": [");
        SettingsStore store = new SettingsStore(config, new ErrorLog(dir.resolve("logs")));
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(config.resolve(SettingsStore.FILE_NAME + ".broken")).exists();
        assertThat(Files.readString(dir.resolve("logs").resolve("flashdeck.log"))).contains("cannot read the settings");

        store.save(Settings.defaults().withTheme(Theme.DARK));
        assertThat(store.load().theme()).isEqualTo(Theme.DARK);
        assertThat(store.load().dividers()).isEqualTo(Settings.DEFAULT_DIVIDERS);
    }

    @Test
    void fieldsFromANewerVersionAreIgnoredAndMissingOnesDefault() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve(SettingsStore.FILE_NAME),
                "{\"recentImages\": [\"/a.img\"], \"editorFont\": \"mono\", \"dividers\": [0.3]}");
        Settings settings = new SettingsStore(config, new ErrorLog(dir.resolve("logs"))).load();
        assertThat(settings.recentImages()).isEqualTo(List.of("/a.img"));
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.dividers()).isEqualTo(Settings.DEFAULT_DIVIDERS);
        assertThat(settings.window()).isNull();
        assertThat(settings.confirmations().delete()).isTrue();
    }

    @Test
    void aQuestionTurnedOffStaysOffAndThePreferencesTurnItOnAgain() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("flash.img"));
        GuiEnvironment environment = RunningApp.environment(dir.resolve("state"),
                Files.createDirectories(dir.resolve("home")));
        try (RunningApp first = RunningApp.start(environment)) {
            first.openImage(image);
            first.clickRow(first.left(), "README.txt");
            first.type(KeyCode.DELETE);
            first.await("the delete confirmation", first::dialogOpen);
            first.robot.clickOn("#dont-ask-again");
            first.clickDialogButton("Delete");
            first.await("README.txt gone", () -> !first.names(first.left()).contains("README.txt"));

            first.clickRow(first.left(), "main.py");
            first.type(KeyCode.DELETE);
            first.await("main.py gone without a question", () -> !first.names(first.left()).contains("main.py"));
            assertThat(first.dialogOpen()).isFalse();
        }
        JsonNode saved = new ObjectMapper().readTree(environment.configDirectory().resolve(SettingsStore.FILE_NAME)
                .toFile());
        assertThat(saved.get("confirmations").get("delete").asBoolean()).isFalse();

        try (RunningApp second = RunningApp.start(environment)) {
            second.awaitDirectory(second.left(), image.placeId(), "/");
            second.robot.clickOn("#action-preferences");
            second.robot.clickOn("#preference-ask-before-delete");
            second.clickRow(second.left(), "DCIM");
            second.type(KeyCode.DELETE);
            second.await("the delete confirmation again", second::dialogOpen);
            second.clickDialogButton("Cancel");
            assertThat(second.names(second.left())).contains("DCIM");
        }
    }
}
