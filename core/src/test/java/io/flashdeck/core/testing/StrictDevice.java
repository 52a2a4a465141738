package io.flashdeck.core.testing;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.MemoryBlockDevice;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A device that fails the test (with an AssertionError, which no IOException handler swallows) on
 * any read outside the device or any read larger than {@code maxRead} bytes, and on any write
 * unless it was made writable (then on any write outside the device).
 */
public final class StrictDevice implements BlockDevice {

    private final BlockDevice base;
    private final int maxRead;
    private final boolean writable;

    /** A read-only device over {@code content}. */
    public StrictDevice(byte[] content, int maxRead) {
        this(new MemoryBlockDevice(content), maxRead, false);
    }

    /** A strict view of {@code base}, which may take writes when {@code writable}. */
    public StrictDevice(BlockDevice base, int maxRead, boolean writable) {
        this.base = base;
        this.maxRead = maxRead;
        this.writable = writable;
    }

    @Override
    public long size() {
        return base.size();
    }

    @Override
    public boolean isReadOnly() {
        return !writable;
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        if (offset < 0 || dst.remaining() > maxRead || offset > size() - dst.remaining()) {
            throw new AssertionError("read of " + dst.remaining() + " bytes at " + offset + " on a device of " + size());
        }
        base.read(offset, dst);
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        if (!writable) {
            throw new AssertionError("nothing may write to this device");
        }
        if (offset < 0 || offset > size() - src.remaining()) {
            throw new AssertionError("write of " + src.remaining() + " bytes at " + offset + " on a device of " + size());
        }
        base.write(offset, src);
    }

    @Override
    public void flush() {
        // Read-only.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
