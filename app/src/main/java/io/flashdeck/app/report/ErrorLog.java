package io.flashdeck.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps stack traces out of the terminal and in {@code flashdeck.log}. Nothing about logging is
 * loaded or set up until the first failure, so a successful run pays nothing for it.
 */
public final class ErrorLog {

    private static final String FILE_NAME = "flashdeck.log";

    private final Path directory;

    public ErrorLog(Path directory) {
        this.directory = directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** Appends {@code message} and the stack trace of {@code failure}; best effort, never throws. */
    public synchronized void record(String message, Throwable failure) {
        try {
            Files.createDirectories(directory);
            LogFile.append(file(), message, failure);
        } catch (IOException | RuntimeException unavailable) {
            // A log that cannot be written must not hide the error being reported.
        }
    }

    /** The java.util.logging part, in its own class so that its classes load only when a failure is logged. */
    private static final class LogFile {

        /** The log is started afresh beyond this size. */
        private static final int LIMIT_BYTES = 1 << 20;

        static void append(Path file, String message, Throwable failure) throws IOException {
            FileHandler handler = new FileHandler(file.toString().replace("%", "%%"), LIMIT_BYTES, 1, true);
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
        }
    }
}
