package io.flashdeck.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps stack traces out of the terminal and in {@code flashdeck.log}. Nothing about logging is
 * set up until the first failure, so a successful run pays nothing for it.
 */
final class ErrorLog {

    static final String FILE_NAME = "flashdeck.log";
    /** The log is started afresh beyond this size. */
    private static final int LIMIT_BYTES = 1 << 20;

    private final Path directory;

    ErrorLog(Path directory) {
        this.directory = directory;
    }

    Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** Appends {@code message} and the stack trace of {@code failure}; best effort, never throws. */
    void record(String message, Throwable failure) {
        try {
            Files.createDirectories(directory);
            FileHandler handler = new FileHandler(file().toString().replace("%", "%%"), LIMIT_BYTES, 1, true);
            handler.setFormatter(new SimpleFormatter());
            Logger logger = Logger.getLogger(ErrorLog.class.getName());
            logger.setUseParentHandlers(false); // the console handler would print the trace after all
            logger.addHandler(handler);
            try {
                logger.log(Level.WARNING, message, failure);
            } finally {
                logger.removeHandler(handler);
                handler.close();
            }
        } catch (IOException | RuntimeException unavailable) {
            // A log that cannot be written must not hide the error being reported.
        }
    }
}
