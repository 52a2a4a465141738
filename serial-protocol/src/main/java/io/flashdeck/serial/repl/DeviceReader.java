package io.flashdeck.serial.repl;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Buffered reading from a device with bounded waits: up to a marker, exact counts, or until the
 * line goes quiet. Every wait ends by a timeout that reports what arrived meanwhile.
 */
final class DeviceReader {

    /** What a wait collected, and whether it ended on the awaited marker. */
    record Received(byte[] bytes, boolean found) {
    }

    /** A deadline for {@link #readUntil} that never comes: only silence ends the wait. */
    static final long NO_DEADLINE = Long.MAX_VALUE;

    private final Link link;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    DeviceReader(Link link) {
        this.link = link;
    }

    String deviceName() {
        return link.name();
    }

    /** Buffered bytes first; otherwise waits up to {@code timeout} for some. Returns 0 on timeout. */
    int read(byte[] target, int offset, int length, Duration timeout) throws IOException {
        if (length == 0 || !fill(timeout)) {
            return 0;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    /** The next byte, or -1 when none arrives within {@code timeout}. */
    int readByte(Duration timeout) throws IOException {
        return fill(timeout) ? buffer[position++] & 0xFF : -1;
    }

    /** Exactly {@code length} bytes; the device may pause up to {@code idle} between bytes. */
    byte[] readExactly(int length, Duration idle, String awaited) throws IOException {
        byte[] result = new byte[length];
        readFully(result, 0, length, idle, awaited);
        return result;
    }

    void readFully(byte[] target, int offset, int length, Duration idle, String awaited) throws IOException {
        int done = 0;
        while (done < length) {
            int n = read(target, offset + done, length - done, idle);
            if (n == 0) {
                throw new DeviceTimeoutException(link.name(), awaited, idle,
                        Arrays.copyOfRange(target, offset, offset + done), done);
            }
            done += n;
        }
    }

    /**
     * Reads up to and including {@code marker}, giving up after {@code idle} without a byte or at
     * {@code deadlineNanos} ({@link System#nanoTime()} based), whichever comes first.
     */
    Received readUntil(byte[] marker, Duration idle, long deadlineNanos) throws IOException {
        Growing got = new Growing();
        while (true) {
            long left = deadlineNanos == NO_DEADLINE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
            Duration wait = left <= 0 ? Duration.ZERO : (idle.toNanos() < left ? idle : Duration.ofNanos(left));
            if (left <= 0 && position == limit || !fill(wait)) {
                return new Received(got.toArray(), false);
            }
            while (position < limit) {
                got.add(buffer[position++]);
                if (got.endsWith(marker)) {
                    return new Received(got.toArray(), true);
                }
            }
        }
    }

    /** The bytes before {@code marker} (which is consumed); a timeout after {@code idle} of silence. */
    byte[] expectUntil(byte[] marker, Duration idle, String awaited) throws IOException {
        Received r = readUntil(marker, idle, NO_DEADLINE);
        if (!r.found()) {
            throw new DeviceTimeoutException(link.name(), awaited, idle, r.bytes(), r.bytes().length);
        }
        return Arrays.copyOf(r.bytes(), r.bytes().length - marker.length);
    }

    /** Reads until the device stays silent for {@code quiet}, but no longer than {@code max}. */
    byte[] drainQuiet(Duration quiet, Duration max) throws IOException {
        return readUntil(new byte[0], quiet, System.nanoTime() + max.toNanos()).bytes();
    }

    /** Drops what is buffered and what the link holds right now, without waiting. */
    byte[] discardPending() throws IOException {
        Growing dropped = new Growing();
        while (fill(Duration.ZERO)) {
            while (position < limit) {
                dropped.add(buffer[position++]);
            }
        }
        return dropped.toArray();
    }

    private boolean fill(Duration timeout) throws IOException {
        if (position < limit) {
            return true;
        }
        position = 0;
        limit = link.read(buffer, 0, buffer.length, timeout);
        return limit > 0;
    }

    /** A byte array that grows as needed and can compare its end. */
    private static final class Growing {
        private byte[] bytes = new byte[256];
        private int size;

        void add(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = b;
        }

        boolean endsWith(byte[] marker) {
            if (marker.length == 0 || marker.length > size) {
                return false;
            }
            return Arrays.equals(bytes, size - marker.length, size, marker, 0, marker.length);
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
