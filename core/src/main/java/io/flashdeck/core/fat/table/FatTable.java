package io.flashdeck.core.fat.table;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatLayout;
import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;

/**
 * The file allocation table: one entry per cluster, in every copy the volume keeps.
 *
 * <p>Reads come from the first copy unless a copy is named. {@link #set(long, long)} changes every
 * copy the same way, so the copies stay identical; FAT32 keeps the 4 reserved upper bits of each
 * entry as they were. Changes reach the device on {@link #flush()} (or earlier, see
 * {@link FatPageCache}).
 */
public final class FatTable {

    private final FatType type;
    private final FatLayout layout;
    private final FatPageCache cache;

    public FatTable(BlockDevice device, BootSector boot) {
        this.type = boot.fatType();
        this.layout = boot.layout();
        this.cache = new FatPageCache(device, layout);
    }

    public FatType type() {
        return type;
    }

    /** Number of FAT copies. */
    public int copies() {
        return layout.fatCount();
    }

    /** Data clusters; entries 2 to {@code clusterCount() + 1} describe them. */
    public long clusterCount() {
        return layout.clusterCount();
    }

    public long lastCluster() {
        return layout.lastCluster();
    }

    /** Entry {@code cluster} of the first copy, reserved bits removed. */
    public long get(long cluster) throws IOException {
        return get(0, cluster);
    }

    /**
     * Entries {@code first} onwards of the first copy, reserved bits removed, into {@code into}:
     * as many as one look into the table gives, at least one. Walking a large file's chain reads
     * an entry per cluster, so it takes them a stretch at a time.
     */
    public int getRun(long first, long[] into) throws IOException {
        checkEntry(0, first);
        if (type == FatType.FAT12) {
            into[0] = get(first); // entries of a byte and a half: one at a time
            return 1;
        }
        int bytes = type == FatType.FAT16 ? 2 : 4;
        int count = cache.readEntries(0, first * bytes, bytes, (lastCluster() + 1) * bytes, into);
        for (int i = 0; i < count; i++) {
            into[i] &= type.mask();
        }
        return count;
    }

    /** Entry {@code cluster} of copy {@code copy}, reserved bits removed. */
    public long get(int copy, long cluster) throws IOException {
        return raw(copy, cluster) & type.mask();
    }

    /** Sets entry {@code cluster} to {@code value} in every copy. */
    public void set(long cluster, long value) throws IOException {
        for (int copy = 0; copy < copies(); copy++) {
            set(copy, cluster, value);
        }
    }

    /** Sets entry {@code cluster} of one copy, keeping FAT32's reserved upper bits. */
    public void set(int copy, long cluster, long value) throws IOException {
        long masked = value & type.mask();
        switch (type) {
            case FAT12 -> setFat12(copy, cluster, masked);
            case FAT16 -> writeLittleEndian(copy, cluster * 2, masked, 2);
            case FAT32 -> writeLittleEndian(copy, cluster * 4, raw(copy, cluster) & ~type.mask() | masked, 4);
        }
    }

    /** Writes every changed entry to the device. */
    public void flush() throws IOException {
        cache.flush();
    }

    /** Counts the free entries among the data clusters (reads the whole first copy). */
    public long countFree() throws IOException {
        long free = 0;
        for (long cluster = 2; cluster <= lastCluster(); cluster++) {
            if (get(cluster) == 0) {
                free++;
            }
        }
        return free;
    }

    private long raw(int copy, long cluster) throws IOException {
        checkEntry(copy, cluster);
        return switch (type) {
            case FAT12 -> {
                long offset = cluster + cluster / 2;
                int pair = cache.read(copy, offset) | cache.read(copy, offset + 1) << 8;
                yield (cluster & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            }
            case FAT16 -> cache.readLittleEndian(copy, cluster * 2, 2);
            case FAT32 -> cache.readLittleEndian(copy, cluster * 4, 4);
        };
    }

    private void setFat12(int copy, long cluster, long value) throws IOException {
        long offset = cluster + cluster / 2;
        int low = cache.read(copy, offset);
        int high = cache.read(copy, offset + 1);
        // Two entries share the middle byte: keep the other entry's half of it.
        if ((cluster & 1) == 0) {
            low = (int) (value & 0xFF);
            high = high & 0xF0 | (int) (value >>> 8);
        } else {
            low = low & 0x0F | (int) (value << 4 & 0xF0);
            high = (int) (value >>> 4);
        }
        cache.write(copy, offset, low);
        cache.write(copy, offset + 1, high);
    }

    private void writeLittleEndian(int copy, long offset, long value, int bytes) throws IOException {
        for (int i = 0; i < bytes; i++) {
            cache.write(copy, offset + i, (int) (value >>> 8 * i & 0xFF));
        }
    }

    private void checkEntry(int copy, long cluster) throws CorruptVolumeException {
        if (copy < 0 || copy >= copies()) {
            throw new IllegalArgumentException("FAT copy " + copy + " of " + copies());
        }
        if (cluster < 0 || cluster > lastCluster()) {
            throw new CorruptVolumeException("FAT entry " + cluster + " is outside the table (entries 0 to "
                    + lastCluster() + ")");
        }
    }
}
