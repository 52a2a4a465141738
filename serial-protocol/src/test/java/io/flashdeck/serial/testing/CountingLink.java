package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.ForwardingLink;
import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A link that counts the bytes crossing it each way, to measure protocol overhead, and the
 * host's turnarounds: each time the host, having sent something, reads the device's answer.
 */
public final class CountingLink extends ForwardingLink {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong turnarounds = new AtomicLong();
    /** The host has written since its last read that returned data. */
    private volatile boolean sentSinceAnswer;

    public CountingLink(Link link) {
        super(link);
    }

    /** Bytes sent to the device. */
    public long written() {
        return written.get();
    }

    /** Bytes received from the device. */
    public long read() {
        return read.get();
    }

    /**
     * Exchanges: reads returning data after a write. A request answered in pieces counts once;
     * a window asked for ahead of time counts too, though the host does not wait for it idle.
     */
    public long turnarounds() {
        return turnarounds.get();
    }

    /** Both directions together. */
    public long total() {
        return written() + read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int n = link.read(buffer, offset, length, timeout);
        if (n > 0) {
            read.addAndGet(n);
            if (sentSinceAnswer) {
                sentSinceAnswer = false;
                turnarounds.incrementAndGet();
            }
        }
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        link.write(buffer, offset, length);
        written.addAndGet(length);
        sentSinceAnswer = true;
    }
}
