package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Precise damage to a bare FAT image file by raw byte edits: FAT entries, directory slots,
 * FSInfo, dirty bits. It reads the layout from the boot sector on its own (through the harness's
 * {@link BootSectorView}), independently of the engine under test, and finds entries by their
 * 8.3 names in the first cluster of each directory.
 */
public final class ImageDamage {

    private final Path image;
    private final BootSectorView boot;
    private final int bits;
    private final long fatOffset;
    private final long fatBytes;
    private final long rootOffset;
    private final long dataOffset;
    private final int clusterBytes;
    private final long clusters;

    public ImageDamage(Path image) throws IOException {
        this.image = image;
        this.boot = BootSectorView.read(image, 0);
        this.fatOffset = (long) boot.reservedSectors() * boot.bytesPerSector();
        this.fatBytes = boot.sectorsPerFat() * boot.bytesPerSector();
        this.rootOffset = fatOffset + boot.fatCount() * fatBytes;
        long rootBytes = ((long) boot.rootEntries() * 32 + boot.bytesPerSector() - 1) / boot.bytesPerSector()
                * boot.bytesPerSector();
        this.dataOffset = rootOffset + rootBytes;
        this.clusterBytes = boot.sectorsPerCluster() * boot.bytesPerSector();
        this.clusters = (boot.totalSectors() * boot.bytesPerSector() - dataOffset) / clusterBytes;
        this.bits = boot.rootCluster() != 0 ? 32 : clusters <= 4085 ? 12 : 16;
    }

    public int clusterBytes() {
        return clusterBytes;
    }

    /** The highest data cluster number. */
    public long lastCluster() {
        return clusters + 1;
    }

    /** Sets FAT entry {@code cluster} in every copy (FAT32: the low 28 bits). */
    public void setFat(long cluster, long value) throws IOException {
        for (int copy = 0; copy < boot.fatCount(); copy++) {
            setFat(copy, cluster, value);
        }
    }

    public void setFat(int copy, long cluster, long value) throws IOException {
        long base = fatOffset + copy * fatBytes;
        switch (bits) {
            case 12 -> {
                long at = base + cluster + cluster / 2;
                int pair = u16(at);
                pair = (cluster & 1) == 0 ? pair & 0xF000 | (int) value : pair & 0x000F | (int) value << 4;
                put(at, (short) pair, 2);
            }
            case 16 -> put(base + cluster * 2, (short) value, 2);
            default -> put(base + cluster * 4, (int) (u32(base + cluster * 4) & 0xF000_0000L | value), 4);
        }
    }

    public long fat(long cluster) throws IOException {
        return switch (bits) {
            case 12 -> {
                int pair = u16(fatOffset + cluster + cluster / 2);
                yield (cluster & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            }
            case 16 -> u16(fatOffset + cluster * 2);
            default -> u32(fatOffset + cluster * 4) & 0x0FFF_FFFFL;
        };
    }

    public long endOfChain() {
        return bits == 12 ? 0xFFF : bits == 16 ? 0xFFFF : 0x0FFF_FFFF;
    }

    public long badCluster() {
        return endOfChain() - 8;
    }

    /** The clusters of the chain at {@code first}, following the first FAT copy. */
    public List<Long> chain(long first) throws IOException {
        List<Long> clusters = new ArrayList<>();
        for (long cluster = first; cluster >= 2 && cluster < endOfChain() - 8 && clusters.size() < 100_000;
                cluster = fat(cluster)) {
            clusters.add(cluster);
        }
        return clusters;
    }

    /**
     * Cross-links the chain at {@code secondStart} into the chain at {@code firstStart}: it keeps
     * its length but ends in the first chain's last clusters, its own clusters past the join freed
     * (FSInfo follows). Returns how many clusters stay its own.
     */
    public int crossLink(long firstStart, long secondStart) throws IOException {
        List<Long> first = chain(firstStart);
        List<Long> second = chain(secondStart);
        int shared = Math.min(first.size(), second.size()) - 1;
        int own = second.size() - shared;
        setFat(second.get(own - 1), first.get(first.size() - shared));
        for (Long cluster : second.subList(own, second.size())) {
            setFat(cluster, 0);
        }
        adjustFsInfoFreeCount(shared);
        return own;
    }

    /** The first free cluster from {@code from} on. */
    public long freeCluster(long from) throws IOException {
        long cluster = from;
        while (fat(cluster) != 0) {
            cluster++;
        }
        return cluster;
    }

    /**
     * The offset of the short entry reached by 8.3 names such as {@code "SUB", "INNER.TXT"},
     * each looked up in the first cluster of its directory (the fixed root on FAT12/16).
     */
    public long slot(String... names) throws IOException {
        long directory = rootDirectoryOffset();
        long entry = -1;
        for (String name : names) {
            entry = find(directory, name);
            directory = clusterOffset(firstCluster(entry));
        }
        return entry;
    }

    /** The offset of slot {@code index} of the directory whose entry is at {@code directoryEntry} (-1: root). */
    public long slotOf(long directoryEntry, int index) throws IOException {
        long directory = directoryEntry < 0 ? rootDirectoryOffset() : clusterOffset(firstCluster(directoryEntry));
        return directory + 32L * index;
    }

    /** The checksum long-name slots carry for the 8.3 name in the short entry at {@code slot}. */
    public int shortNameChecksum(long slot) throws IOException {
        int sum = 0;
        for (byte b : read(slot, 11)) {
            sum = ((sum & 1) << 7) + (sum >>> 1) + (b & 0xFF) & 0xFF;
        }
        return sum;
    }

    /** The offset of the end mark (the first slot starting with 0) of a directory, as for {@link #slotOf}. */
    public long endSlot(long directoryEntry) throws IOException {
        for (int index = 0; ; index++) {
            long slot = slotOf(directoryEntry, index);
            if (getByte(slot) == 0) {
                return slot;
            }
        }
    }

    public long firstCluster(long slot) throws IOException {
        return (long) u16(slot + 20) << 16 | u16(slot + 26);
    }

    public void setFirstCluster(long slot, long cluster) throws IOException {
        put(slot + 20, (short) (cluster >>> 16), 2);
        put(slot + 26, (short) cluster, 2);
    }

    public long size(long slot) throws IOException {
        return u32(slot + 28);
    }

    public void setSize(long slot, long size) throws IOException {
        put(slot + 28, (int) size, 4);
    }

    public void setByte(long offset, int value) throws IOException {
        put(offset, (byte) value, 1);
    }

    public int getByte(long offset) throws IOException {
        return read(offset, 1)[0] & 0xFF;
    }

    /** Copies 32 bytes of slot {@code from} over slot {@code to}. */
    public void copySlot(long from, long to) throws IOException {
        write(to, read(from, 32));
    }

    private long clusterOffset(long cluster) {
        return dataOffset + (cluster - 2) * clusterBytes;
    }

    /** Sets the boot sector's dirty bit. */
    public void setDirtyBit() throws IOException {
        long at = bits == 32 ? 65 : 37;
        setByte(at, getByte(at) | 1);
    }

    public void setFsInfoFreeCount(long count) throws IOException {
        put((long) boot.fsInfoSector() * boot.bytesPerSector() + 488, (int) count, 4);
    }

    /**
     * Moves FSInfo's free count by {@code delta} (FAT32 only), for damage that changes which
     * clusters fsck.fat counts as free and should change nothing else.
     */
    public void adjustFsInfoFreeCount(long delta) throws IOException {
        if (bits == 32) {
            setFsInfoFreeCount(fsInfoFreeCount() + delta);
        }
    }

    public long fsInfoFreeCount() throws IOException {
        return u32((long) boot.fsInfoSector() * boot.bytesPerSector() + 488);
    }

    public long backupBootOffset() {
        return (long) boot.backupBootSector() * boot.bytesPerSector();
    }

    private long rootDirectoryOffset() {
        return bits == 32 ? clusterOffset(boot.rootCluster()) : rootOffset;
    }

    private long find(long directory, String name) throws IOException {
        byte[] wanted = elevenChars(name).getBytes(StandardCharsets.US_ASCII);
        for (long slot = directory; ; slot += 32) {
            byte[] entry = read(slot, 32);
            if (entry[0] == 0) {
                throw new IOException(name + " not found");
            }
            if ((entry[11] & 0x3F) != 0x0F && ByteBuffer.wrap(entry, 0, 11).equals(ByteBuffer.wrap(wanted))) {
                return slot;
            }
        }
    }

    /** {@code "A.TXT"} as the 11 characters of an 8.3 entry, {@code "A       TXT"}. */
    private static String elevenChars(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return String.format("%-8s%-3s", base, extension);
    }

    private int u16(long offset) throws IOException {
        return ByteBuffer.wrap(read(offset, 2)).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
    }

    private long u32(long offset) throws IOException {
        return ByteBuffer.wrap(read(offset, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
    }

    private void put(long offset, Number value, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        switch (length) {
            case 1 -> bytes.put(value.byteValue());
            case 2 -> bytes.putShort(value.shortValue());
            default -> bytes.putInt(value.intValue());
        }
        write(offset, bytes.array());
    }

    private byte[] read(long offset, int length) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "r")) {
            byte[] bytes = new byte[length];
            file.seek(offset);
            file.readFully(bytes);
            return bytes;
        }
    }

    private void write(long offset, byte[] bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.seek(offset);
            file.write(bytes);
        }
    }
}
