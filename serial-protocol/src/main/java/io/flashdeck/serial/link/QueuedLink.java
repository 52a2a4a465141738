package io.flashdeck.serial.link;

import java.io.IOException;
import java.time.Duration;

/** A link whose incoming bytes arrive in a {@link ByteQueue}, filled by a peer or a pump thread. */
abstract class QueuedLink implements Link {

    /** Enough for a burst of USB full-speed traffic while the reader is busy. */
    static final int INCOMING_CAPACITY = 256 * 1024;

    final ByteQueue incoming;
    private final String name;

    QueuedLink(String name, ByteQueue incoming) {
        this.name = name;
        this.incoming = incoming;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int n = incoming.take(buffer, offset, length, Math.max(0, timeout.toNanos()));
        if (n < 0) {
            throw new LinkClosedException(incoming.endReason());
        }
        return n;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
