package io.flashdeck.serial.link;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * A byte stream to a device and back: a serial port, a child process's stdin/stdout, or an
 * in-memory pipe. Reads wait at most the given time, so no caller can hang on a silent device.
 * When the other side is gone, reads (once the bytes already received are consumed) and writes
 * throw {@link LinkClosedException}.
 */
public interface Link extends Closeable {

    /**
     * Reads at least one and at most {@code length} bytes, waiting up to {@code timeout} for the
     * first one.
     *
     * @return the number of bytes read, 0 when nothing arrived in time (or {@code length} is 0)
     * @throws LinkClosedException when the other side closed and nothing is left to read
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Writes all bytes, waiting while the other side is not ready for them. */
    void write(byte[] buffer, int offset, int length) throws IOException;

    default void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /** What the link talks to, for messages: a port path, a command, a pipe's name. */
    String name();

    /** Closes this side; a thread blocked in {@link #read} returns with {@link LinkClosedException}. */
    @Override
    void close() throws IOException;
}
