package io.flashdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataDirectoryTest {

    @Test
    void followsEachPlatformsConvention() {
        assertThat(UserDataDirectory.locate(null, "Linux", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/.local/share/flashdeck"));
        assertThat(UserDataDirectory.locate(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/me"))
                .isEqualTo(Path.of("/data/flashdeck"));
        assertThat(UserDataDirectory.locate(null, "Windows 11", Map.of("APPDATA", "/appdata"), "/home/me"))
                .isEqualTo(Path.of("/appdata/FlashDeck"));
        assertThat(UserDataDirectory.locate(null, "Windows 11", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/AppData/Roaming/FlashDeck"));
        assertThat(UserDataDirectory.locate(null, "Mac OS X", Map.of(), "/Users/me"))
                .isEqualTo(Path.of("/Users/me/Library/Application Support/FlashDeck"));
        assertThat(UserDataDirectory.locate("/portable", "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/me"))
                .isEqualTo(Path.of("/portable"));
    }

    @Test
    void settingsGoToTheConfigDirectoryOrFollowTheDataOverride() {
        assertThat(UserDataDirectory.locateConfig(null, null, "Linux", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/.config/flashdeck"));
        assertThat(UserDataDirectory.locateConfig(null, null, "Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/me"))
                .isEqualTo(Path.of("/cfg/flashdeck"));
        assertThat(UserDataDirectory.locateConfig(null, null, "Windows 11", Map.of("APPDATA", "/appdata"), "/home/me"))
                .isEqualTo(Path.of("/appdata/FlashDeck"));
        assertThat(UserDataDirectory.locateConfig(null, null, "Mac OS X", Map.of(), "/Users/me"))
                .isEqualTo(Path.of("/Users/me/Library/Application Support/FlashDeck"));
        assertThat(UserDataDirectory.locateConfig(null, "/portable", "Linux", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/portable"));
        assertThat(UserDataDirectory.locateConfig("/settings", "/portable", "Linux", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/settings"));
    }
}
