package io.flashdeck.core.format;

import java.io.IOException;

/** The requested volume cannot be made on this device; the message says why. */
public class FormatException extends IOException {

    public FormatException(String message) {
        super(message);
    }
}
