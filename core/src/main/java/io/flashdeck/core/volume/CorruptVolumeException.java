package io.flashdeck.core.volume;

import java.io.IOException;

/** The medium holds structures that make no sense; the message names what is wrong and where. */
public class CorruptVolumeException extends IOException {

    public CorruptVolumeException(String message) {
        super(message);
    }

    public CorruptVolumeException(String message, Throwable cause) {
        super(message, cause);
    }
}
