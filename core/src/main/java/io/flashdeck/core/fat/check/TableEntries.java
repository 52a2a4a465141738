package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatType;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads one FAT copy front to back in large pieces and decodes its entries, for the checks that
 * look at every entry (copies compared, free and lost clusters counted) without a device read per
 * entry. Entries come raw: FAT32's four reserved bits included.
 */
final class TableEntries {

    /** Entries per piece: even, so FAT12 pieces start on a byte boundary. */
    static final int PIECE_ENTRIES = 1 << 18;

    /** Receives entries in table order. */
    @FunctionalInterface
    interface Visitor {
        void visit(long cluster, long rawValue) throws IOException;
    }

    private final BlockDevice device;
    private final BootSector boot;
    private final FatType type;

    TableEntries(BlockDevice device, BootSector boot) {
        this.device = device;
        this.boot = boot;
        this.type = boot.fatType();
    }

    /** Entries 0 to the last cluster of copy {@code copy}, raw, in order. */
    void forEach(int copy, Visitor visitor) throws IOException {
        long total = boot.clusterCount() + 2;
        for (long first = 0; first < total; first += PIECE_ENTRIES) {
            int count = (int) Math.min(PIECE_ENTRIES, total - first);
            long[] values = read(copy, first, count);
            for (int i = 0; i < count; i++) {
                visitor.visit(first + i, values[i]);
            }
        }
    }

    /** Raw entries {@code [first, first + count)} of copy {@code copy}; {@code first} is even. */
    long[] read(int copy, long first, int count) throws IOException {
        long start = byteOffset(first);
        long end = byteOffset(first + count - 1) + entryBytes();
        byte[] bytes = new byte[(int) (end - start)];
        device.read(boot.layout().fatOffset(copy) + start, ByteBuffer.wrap(bytes));
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = decode(bytes, (int) (byteOffset(first + i) - start), first + i);
        }
        return values;
    }

    private long byteOffset(long entry) {
        return switch (type) {
            case FAT12 -> entry + entry / 2;
            case FAT16 -> entry * 2;
            case FAT32 -> entry * 4;
        };
    }

    private int entryBytes() {
        return type == FatType.FAT32 ? 4 : 2;
    }

    private long decode(byte[] bytes, int at, long entry) {
        int pair = bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8;
        return switch (type) {
            case FAT12 -> (entry & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            case FAT16 -> pair;
            case FAT32 -> pair | (long) (bytes[at + 2] & 0xFF) << 16 | (long) (bytes[at + 3] & 0xFF) << 24;
        };
    }
}
