package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A link limited to a byte rate in each direction, like a USB full-speed serial port, to see how
 * much of a slow link's speed the protocol's round trips leave.
 */
public final class ThrottledLink extends ForwardingLink {

    private final double nanosPerByte;
    private long sendFree = System.nanoTime();
    private long receiveFree = System.nanoTime();

    public ThrottledLink(Link link, long bytesPerSecond) {
        super(link);
        this.nanosPerByte = 1e9 / bytesPerSecond;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int n = link.read(buffer, offset, length, timeout);
        synchronized (this) {
            receiveFree = pace(receiveFree, n);
        }
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        synchronized (this) {
            sendFree = pace(sendFree, length);
        }
        link.write(buffer, offset, length);
    }

    /** Waits until {@code bytes} more could have crossed since the line was last free. */
    private long pace(long free, int bytes) throws InterruptedIOException {
        long start = Math.max(free, System.nanoTime());
        long done = start + (long) (bytes * nanosPerByte);
        for (long wait = done - System.nanoTime(); wait > 0; wait = done - System.nanoTime()) {
            LockSupport.parkNanos(wait); // Thread.sleep would round each short wait up to a millisecond
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pacing");
            }
        }
        return done;
    }
}
