package io.flashdeck.core.block;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Random access to the bytes of a disk, an image file or a window of one (a partition).
 *
 * <p>Offsets are in bytes from the start of this device. Reads and writes transfer exactly
 * {@code buffer.remaining()} bytes or throw; nothing outside {@code [0, size())} is ever touched.
 */
public interface BlockDevice extends Closeable {

    /** The buffer of a {@link #transferTo} that goes through {@link #read}. */
    int TRANSFER_BUFFER_BYTES = 1 << 20;

    /** Size in bytes. */
    long size();

    boolean isReadOnly();

    /** Fills {@code dst} from {@code offset}; an attempt to read past the end throws. */
    void read(long offset, ByteBuffer dst) throws IOException;

    /** Writes all of {@code src} at {@code offset}; an attempt to write past the end throws. */
    void write(long offset, ByteBuffer src) throws IOException;

    /** Makes every write so far durable. */
    void flush() throws IOException;

    /**
     * Writes the {@code count} bytes at {@code offset} to {@code target}, all of them or throwing.
     * Devices over a file override it to let the system copy without passing through Java.
     */
    default void transferTo(long offset, long count, WritableByteChannel target) throws IOException {
        checkRange(offset, count, size());
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, TRANSFER_BUFFER_BYTES));
        for (long done = 0; done < count; done += buffer.limit()) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            read(offset + done, buffer);
            buffer.flip();
            while (buffer.hasRemaining()) {
                target.write(buffer);
            }
        }
    }

    /** Reads {@code length} bytes at {@code offset} into a new array. */
    default byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        read(offset, ByteBuffer.wrap(bytes));
        return bytes;
    }

    /** A window of {@code length} bytes starting at {@code offset}, sharing this device. */
    default BlockDevice slice(long offset, long length) {
        return new SliceBlockDevice(this, offset, length);
    }

    /** Throws unless {@code [offset, offset + length)} lies within {@code [0, size)}. */
    static void checkRange(long offset, long length, long size) throws IOException {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new IOException("access of " + length + " bytes at offset " + offset
                    + " is outside the device (" + size + " bytes)");
        }
    }
}
