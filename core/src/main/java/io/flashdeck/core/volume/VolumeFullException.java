package io.flashdeck.core.volume;

import java.io.IOException;

/** Not enough free space for a write; nothing was changed. */
public class VolumeFullException extends IOException {

    public VolumeFullException(String message) {
        super(message);
    }
}
