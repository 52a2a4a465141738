package io.flashdeck.core.fat;

import java.util.Locale;

/**
 * The three FAT variants and what their table entries mean.
 *
 * <p>Entry values are given as read from the table with the reserved bits removed (FAT32 keeps
 * only the low 28 bits), so the same thresholds work for every copy and every variant.
 */
public enum FatType {
    FAT12(12, 0xFFFL),
    FAT16(16, 0xFFFFL),
    FAT32(32, 0x0FFFFFFFL);

    /**
     * Largest cluster counts as FatFs (the camera's file system) draws the lines: FatFs calls
     * 4085 clusters FAT12 and 65525 clusters FAT16 where Microsoft's specification and Linux stop
     * one cluster earlier. Volumes in that gap are read the way the camera reads them.
     */
    public static final long MAX_FAT12_CLUSTERS = 0xFF5;
    public static final long MAX_FAT16_CLUSTERS = 0xFFF5;
    /** Beyond this a FAT32 entry could not tell a cluster number from a marker. */
    public static final long MAX_FAT32_CLUSTERS = 0x0FFFFFF5;

    private final int entryBits;
    private final long mask;

    FatType(int entryBits, long mask) {
        this.entryBits = entryBits;
        this.mask = mask;
    }

    /** Accepts "12", "16", "32" or the names, in any case. */
    public static FatType parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (FatType type : values()) {
            if (key.equals(type.name()) || key.equals(Integer.toString(type.entryBits))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown FAT type \"" + text + "\" (use 12, 16 or 32)");
    }

    /** The type of a volume with {@code clusters} data clusters, as FatFs decides it. */
    public static FatType forClusterCount(long clusters) {
        if (clusters <= MAX_FAT12_CLUSTERS) {
            return FAT12;
        }
        return clusters <= MAX_FAT16_CLUSTERS ? FAT16 : FAT32;
    }

    /** Bits an entry occupies in the table (FAT32 entries use 32 bits of which 28 count). */
    public int entryBits() {
        return entryBits;
    }

    /** The bits of an entry that hold the value. */
    public long mask() {
        return mask;
    }

    /** The marker this engine writes at the end of a chain. */
    public long endOfChain() {
        return mask;
    }

    /** The marker of a cluster the medium reported as unusable. */
    public long badCluster() {
        return mask - 8;
    }

    /** True for any of the end-of-chain markers (the upper eight values). */
    public boolean isEndOfChain(long value) {
        return value >= mask - 7;
    }

    public boolean isBad(long value) {
        return value == badCluster();
    }

    /** Bytes the table needs for {@code entries} entries, rounded up to whole bytes. */
    public long tableBytes(long entries) {
        return (entries * entryBits + 7) / 8;
    }

    /** The name tools show: {@code FAT12}, {@code FAT16} or {@code FAT32}. */
    public String displayName() {
        return name();
    }
}
