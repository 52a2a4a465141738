package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes kept in memory over an untouched base device, sector by sector: many throw-away copies
 * of one large image cost only what each of them changes.
 */
final class OverlayBlockDevice implements BlockDevice {

    private static final int SECTOR = 512;

    private final BlockDevice base;
    private final Map<Long, byte[]> written = new HashMap<>();

    OverlayBlockDevice(BlockDevice base) {
        this.base = base;
    }

    @Override
    public long size() {
        return base.size();
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        BlockDevice.checkRange(offset, dst.remaining(), size());
        long position = offset;
        while (dst.hasRemaining()) {
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

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        BlockDevice.checkRange(offset, src.remaining(), size());
        long position = offset;
        while (src.hasRemaining()) {
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
