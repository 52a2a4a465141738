package io.flashdeck.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where FlashDeck keeps its own files (logs, the virtual camera's state): the platform's usual
 * place, or the directory named by the system property {@value #PROPERTY} (tests, portable setups).
 */
public final class UserDataDirectory {

    public static final String PROPERTY = "flashdeck.data";

    private UserDataDirectory() {
    }

    public static Path locate() {
        return locate(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    static Path locate(String override, String osName, Map<String, String> environment, String home) {
        if (override != null && !override.isEmpty()) {
            return Path.of(override);
        }
        if (osName.startsWith("Windows")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("FlashDeck");
        }
        if (osName.startsWith("Mac")) {
            return Path.of(home, "Library", "Application Support", "FlashDeck");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("flashdeck");
    }
}
