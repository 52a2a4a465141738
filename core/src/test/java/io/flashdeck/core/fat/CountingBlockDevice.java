package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A device that passes everything through and counts the bytes read, to prove reads stay small. */
public final class CountingBlockDevice implements BlockDevice {

    private final BlockDevice base;
    private long bytesRead;
    private long reads;

    public CountingBlockDevice(BlockDevice base) {
        this.base = base;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long reads() {
        return reads;
    }

    @Override
    public long size() {
        return base.size();
    }

    @Override
    public boolean isReadOnly() {
        return base.isReadOnly();
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        bytesRead += dst.remaining();
        reads++;
        base.read(offset, dst);
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        base.write(offset, src);
    }

    @Override
    public void flush() throws IOException {
        base.flush();
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
