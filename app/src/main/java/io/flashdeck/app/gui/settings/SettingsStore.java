package io.flashdeck.app.gui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.flashdeck.app.report.ErrorLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code settings.json}. A missing file gives the defaults; an unreadable one too,
 * after it is logged and kept aside as {@code settings.json.broken} for a look.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ErrorLog log;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param directory the user's config directory */
    public SettingsStore(Path directory, ErrorLog log) {
        this.file = directory.resolve(FILE_NAME);
        this.log = log;
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            Settings settings = json.readValue(file.toFile(), Settings.class);
            return settings != null ? settings : Settings.defaults();
        } catch (IOException e) {
            log.record("cannot read the settings " + file + "; starting with the defaults", e);
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".broken"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Then the next save replaces it; the log has the reason.
            }
            return Settings.defaults();
        }
    }

    /** Writes to a temporary file first, so a crash mid-write leaves the old settings. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        json.writeValue(temporary.toFile(), settings);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
