package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A link that counts the bytes crossing it each way, to measure protocol overhead. */
public final class CountingLink extends ForwardingLink {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong read = new AtomicLong();

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

    /** Both directions together. */
    public long total() {
        return written() + read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int n = link.read(buffer, offset, length, timeout);
        read.addAndGet(n);
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        link.write(buffer, offset, length);
        written.addAndGet(length);
    }
}
