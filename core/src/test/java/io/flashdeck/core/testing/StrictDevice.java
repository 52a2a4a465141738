package io.flashdeck.core.testing;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.MemoryBlockDevice;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An in-memory device that fails the test (with an AssertionError, which no IOException handler
 * swallows) on any read outside the device or any read larger than {@code maxRead} bytes.
 */
public final class StrictDevice implements BlockDevice {

    private final MemoryBlockDevice memory;
    private final int maxRead;

    public StrictDevice(byte[] content, int maxRead) {
        this.memory = new MemoryBlockDevice(content);
        this.maxRead = maxRead;
    }

    @Override
    public long size() {
        return memory.size();
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        if (offset < 0 || dst.remaining() > maxRead || offset > size() - dst.remaining()) {
            throw new AssertionError("read of " + dst.remaining() + " bytes at " + offset + " on a device of " + size());
        }
        memory.read(offset, dst);
    }

    @Override
    public void write(long offset, ByteBuffer src) {
        throw new AssertionError("nothing may write to this device");
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
