package io.flashdeck.core.transfer;

import java.io.InterruptedIOException;

/** A copy stopped because its {@link Cancellation} was cancelled; nothing half-written stays behind. */
public final class CopyCancelledException extends InterruptedIOException {

    public CopyCancelledException() {
        super("cancelled");
    }
}
