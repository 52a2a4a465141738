package io.flashdeck.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where FlashDeck keeps its own files: data (logs, the virtual camera's state) and settings, each in
 * the platform's usual place. The system property {@value #PROPERTY} moves both (tests, portable
 * setups); {@value #CONFIG_PROPERTY} moves the settings alone.
 */
public final class UserDataDirectory {

    public static final String PROPERTY = "flashdeck.data";
    public static final String CONFIG_PROPERTY = "flashdeck.config";

    private UserDataDirectory() {
    }

    public static Path locate() {
        return locate(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /** The directory for settings files. */
    public static Path locateConfig() {
        return locateConfig(System.getProperty(CONFIG_PROPERTY), System.getProperty(PROPERTY),
                System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
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
        return xdg(environment, "XDG_DATA_HOME", Path.of(home, ".local", "share"));
    }

    static Path locateConfig(String override, String dataOverride, String osName, Map<String, String> environment,
            String home) {
        if (override != null && !override.isEmpty()) {
            return Path.of(override);
        }
        boolean sharesDataDirectory = (dataOverride != null && !dataOverride.isEmpty())
                || osName.startsWith("Windows") || osName.startsWith("Mac");
        return sharesDataDirectory ? locate(dataOverride, osName, environment, home)
                : xdg(environment, "XDG_CONFIG_HOME", Path.of(home, ".config"));
    }

    private static Path xdg(Map<String, String> environment, String variable, Path fallback) {
        String base = environment.get(variable);
        return (base != null && !base.isEmpty() ? Path.of(base) : fallback).resolve("flashdeck");
    }
}
