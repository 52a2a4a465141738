package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.ForwardingLink;
import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A link limited to a byte rate in each direction, like a USB full-speed serial port, to see how
 * much of a slow link's speed the protocol's round trips leave. Writes go out in slices of a
 * millisecond's worth of bytes, as USB moves bulk data in 1 ms frames: the device sees a long
 * write arrive gradually, not all at once when the whole of it could have crossed.
 */
public final class ThrottledLink extends ForwardingLink {

    /** USB full speed's bulk packet. */
    private static final int MIN_SLICE = 64;

    private final double nanosPerByte;
    private final int slice;
    private final Object sendLock = new Object();
    private final Object receiveLock = new Object();
    private long sendFree = System.nanoTime();
    private long receiveFree = System.nanoTime();

    public ThrottledLink(Link link, long bytesPerSecond) {
        super(link);
        this.nanosPerByte = 1e9 / bytesPerSecond;
        this.slice = (int) Math.max(MIN_SLICE, Math.min(Integer.MAX_VALUE, bytesPerSecond / 1000));
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int n = link.read(buffer, offset, length, timeout);
        synchronized (receiveLock) {
            receiveFree = awaitCrossing(Math.max(receiveFree, System.nanoTime()), n);
        }
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        synchronized (sendLock) {
            // A write is queued whole: its slices follow each other on the line without a gap,
            // however late this thread wakes from one slice's wait.
            long due = Math.max(sendFree, System.nanoTime());
            for (int from = offset, end = offset + length; from < end; from += slice) {
                int n = Math.min(slice, end - from);
                due = awaitCrossing(due, n);
                link.write(buffer, from, n);
            }
            sendFree = due;
        }
    }

    /** Waits until {@code bytes} more could have crossed a line busy until {@code start}; returns that time. */
    private long awaitCrossing(long start, int bytes) throws InterruptedIOException {
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
