package io.flashdeck.core.block;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/** A window of another device, such as a partition; closing it leaves the base open. */
final class SliceBlockDevice implements BlockDevice {

    private final BlockDevice base;
    private final long start;
    private final long length;

    SliceBlockDevice(BlockDevice base, long start, long length) {
        if (start < 0 || length < 0 || start > base.size() || length > base.size() - start) {
            throw new IllegalArgumentException("window of " + length + " bytes at " + start
                    + " does not fit a device of " + base.size() + " bytes");
        }
        this.base = base;
        this.start = start;
        this.length = length;
    }

    @Override
    public long size() {
        return length;
    }

    @Override
    public boolean isReadOnly() {
        return base.isReadOnly();
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        BlockDevice.checkRange(offset, dst.remaining(), length);
        base.read(start + offset, dst);
    }

    @Override
    public void transferTo(long offset, long count, WritableByteChannel target) throws IOException {
        BlockDevice.checkRange(offset, count, length);
        base.transferTo(start + offset, count, target);
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        BlockDevice.checkRange(offset, src.remaining(), length);
        base.write(start + offset, src);
    }

    @Override
    public void flush() throws IOException {
        base.flush();
    }

    @Override
    public void close() {
        // The base device belongs to whoever opened it.
    }
}
