package io.flashdeck.core.block;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** A device held in a byte array: small volumes in tests and scratch space. */
public final class MemoryBlockDevice implements BlockDevice {

    private final byte[] bytes;

    public MemoryBlockDevice(int size) {
        this.bytes = new byte[size];
    }

    public MemoryBlockDevice(byte[] content) {
        this.bytes = content;
    }

    /** A copy of the whole content. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        BlockDevice.checkRange(offset, dst.remaining(), bytes.length);
        dst.put(bytes, (int) offset, dst.remaining());
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        BlockDevice.checkRange(offset, src.remaining(), bytes.length);
        src.get(bytes, (int) offset, src.remaining());
    }

    @Override
    public void flush() {
        // Nothing to make durable.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
