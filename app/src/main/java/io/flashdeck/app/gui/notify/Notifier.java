package io.flashdeck.app.gui.notify;

import io.flashdeck.app.report.ErrorPhrases;
import io.flashdeck.core.volume.VolumePath;

/** Tells the user that something failed; the details go to the log. Called on the FX thread. */
@FunctionalInterface
public interface Notifier {

    /** Shows {@code message}; {@code cause} is kept for the details and the log. */
    void error(String message, Throwable cause);

    /**
     * One operation on one file failed: "Cannot delete DCIM: directory not empty", in the command
     * line's words.
     *
     * @param path the file's path within its volume, or null when unknown
     */
    default void failed(String verb, String what, VolumePath path, Exception cause) {
        error("Cannot " + verb + " " + what + ": " + ErrorPhrases.describe(cause, path), cause);
    }
}
