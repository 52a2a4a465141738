package io.flashdeck.core.fat;

import io.flashdeck.core.block.ForwardingBlockDevice;
import io.flashdeck.core.block.BlockDevice;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A device that loses its power after a given number of sector writes: writes are split into
 * 512-byte sectors in order, those within the budget land, and every later one fails.
 */
public final class CuttingBlockDevice extends ForwardingBlockDevice {

    private static final int SECTOR = 512;

    private long budget;
    private long sectorsWritten;

    /** A device that accepts {@code budget} sector writes ({@link Long#MAX_VALUE}: all). */
    public CuttingBlockDevice(BlockDevice base, long budget) {
        super(base);
        this.budget = budget;
    }

    public long sectorsWritten() {
        return sectorsWritten;
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        long position = offset;
        while (src.hasRemaining()) {
            if (budget == 0) {
                throw new IOException("power cut");
            }
            int length = (int) Math.min(src.remaining(), SECTOR - position % SECTOR);
            base.write(position, src.slice(src.position(), length));
            src.position(src.position() + length);
            position += length;
            budget--;
            sectorsWritten++;
        }
    }
}
