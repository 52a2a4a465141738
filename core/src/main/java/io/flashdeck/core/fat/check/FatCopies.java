package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Compares the FAT copies of a volume entry by entry, and makes one copy like another. */
final class FatCopies {

    private static final int COPY_PIECE_BYTES = 1 << 20;

    private final BlockDevice device;
    private final BootSector boot;
    private final TableEntries entries;

    FatCopies(BlockDevice device, BootSector boot) {
        this.device = device;
        this.boot = boot;
        this.entries = new TableEntries(device, boot);
    }

    /** How many entries (cluster 0 to the last, reserved bits included) copy {@code b} holds differently from copy {@code a}. */
    long differingEntries(int a, int b) throws IOException {
        long total = boot.clusterCount() + 2;
        long differing = 0;
        for (long first = 0; first < total; first += TableEntries.PIECE_ENTRIES) {
            int count = (int) Math.min(TableEntries.PIECE_ENTRIES, total - first);
            long[] left = entries.read(a, first, count);
            long[] right = entries.read(b, first, count);
            for (int i = 0; i < count; i++) {
                if (left[i] != right[i]) {
                    differing++;
                }
            }
        }
        return differing;
    }

    /** Overwrites the entries of copy {@code to} with those of copy {@code from}. */
    void copy(int from, int to) throws IOException {
        long length = boot.fatType().tableBytes(boot.clusterCount() + 2);
        for (long done = 0; done < length; done += COPY_PIECE_BYTES) {
            int piece = (int) Math.min(COPY_PIECE_BYTES, length - done);
            byte[] bytes = device.read(boot.layout().fatOffset(from) + done, piece);
            device.write(boot.layout().fatOffset(to) + done, ByteBuffer.wrap(bytes));
        }
    }
}
