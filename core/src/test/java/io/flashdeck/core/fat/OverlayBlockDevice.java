package io.flashdeck.core.fat;

import io.flashdeck.core.block.ForwardingBlockDevice;
import io.flashdeck.core.block.BlockDevice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes kept in memory over an untouched base device, sector by sector: many throw-away copies
 * of one large image cost only what each of them changes.
 */
public final class OverlayBlockDevice extends ForwardingBlockDevice {

    private static final int SECTOR = 512;

    private final Map<Long, byte[]> written = new HashMap<>();

    public OverlayBlockDevice(BlockDevice base) {
        super(base);
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        BlockDevice.checkRange(offset, dst.remaining(), size());
        for (long position = offset; dst.hasRemaining(); ) {
            int length = (int) Math.min(dst.remaining(), SECTOR - position % SECTOR);
            byte[] sector = written.get(position / SECTOR);
            if (sector != null) {
                dst.put(sector, (int) (position % SECTOR), length);
            } else {
                base.read(position, dst.slice(dst.position(), length));
                dst.position(dst.position() + length);
            }
            position += length;
        }
    }

    /** Changes only the copy of each sector, made from the base on its first write. */
    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        BlockDevice.checkRange(offset, src.remaining(), size());
        for (long position = offset; src.hasRemaining(); ) {
            int length = (int) Math.min(src.remaining(), SECTOR - position % SECTOR);
            byte[] sector = written.get(position / SECTOR);
            if (sector == null) {
                sector = base.read(position - position % SECTOR, SECTOR);
                written.put(position / SECTOR, sector);
            }
            src.get(sector, (int) (position % SECTOR), length);
            position += length;
        }
    }

    @Override
    public void flush() {
        // Nothing to make durable.
    }

    @Override
    public void close() {
        // The base belongs to the caller.
    }
}
