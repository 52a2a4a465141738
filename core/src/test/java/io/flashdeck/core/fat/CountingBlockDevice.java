package io.flashdeck.core.fat;

import io.flashdeck.core.block.ForwardingBlockDevice;
import io.flashdeck.core.block.BlockDevice;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A device that counts the bytes read, to prove reads stay small. */
public final class CountingBlockDevice extends ForwardingBlockDevice {

    private long bytesRead;

    public CountingBlockDevice(BlockDevice base) {
        super(base);
    }

    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        bytesRead += dst.remaining();
        super.read(offset, dst);
    }
}
