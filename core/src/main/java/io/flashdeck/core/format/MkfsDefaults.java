package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
/**
 * The starting values mkfs.fat (dosfstools 4.2) picks for an image file from its size alone:
 * the BPB's track geometry, floppy formats for the classic floppy sizes, FAT32 from 512 MiB and
 * the first cluster size to try.
 *
 * @param sectorsPerTrack  BPB geometry (SD card recommendation below 256 MiB, LBA-assist above)
 * @param heads            BPB geometry
 * @param mediaByte        0xF8, or the floppy's media byte
 * @param rootEntries      512, or the floppy's root directory size
 * @param clusterSectors   the cluster size the search starts from
 * @param fat32            whether FAT32 is chosen automatically for this size
 */
record MkfsDefaults(int sectorsPerTrack, int heads, int mediaByte, int rootEntries, int clusterSectors,
                    boolean fat32) {

    private static final long MIB = 1024 * 1024;

    static MkfsDefaults forSize(long bytes, FatType requested) {
        long sectors = bytes / FormatOptions.SECTOR_SIZE;
        int heads;
        int perTrack;
        if (sectors <= 524288) {
            heads = sectors <= 32768 ? 2 : sectors <= 65536 ? 4 : sectors <= 262144 ? 8 : 16;
            perTrack = sectors <= 4096 ? 16 : 32;
        } else {
            heads = sectors <= 16 * 63 * 1024 ? 16 : sectors <= 32 * 63 * 1024 ? 32
                    : sectors <= 64 * 63 * 1024 ? 64 : sectors <= 128 * 63 * 1024 ? 128 : 255;
            perTrack = 63;
        }
        MkfsDefaults base = floppy(bytes / 1024);
        if (base == null) {
            base = new MkfsDefaults(perTrack, heads, 0xF8, 512, 4, false);
        }
        boolean fat32 = requested == FatType.FAT32 || (requested == null && bytes >= 512 * MIB);
        return fat32 ? new MkfsDefaults(base.sectorsPerTrack, base.heads, base.mediaByte, 0,
                fat32ClusterSectors(sectors), true) : base;
    }

    /** Microsoft's FAT32 table as mkfs.fat applies it: 512 B to 260 MiB, 4 KiB to 8 GiB, then doubling to 32 KiB. */
    private static int fat32ClusterSectors(long sectors) {
        long gib = 2L * 1024 * 1024;
        return sectors > 32 * gib ? 64 : sectors > 16 * gib ? 32 : sectors > 8 * gib ? 16 : sectors > 260 * 2048 ? 8 : 1;
    }

    /** mkfs.fat formats image files of the classic floppy sizes as those floppies. */
    private static MkfsDefaults floppy(long kib) {
        return switch ((int) Math.min(kib, Integer.MAX_VALUE)) {
            case 360 -> new MkfsDefaults(9, 2, 0xFD, 112, 2, false);
            case 720 -> new MkfsDefaults(9, 2, 0xF9, 112, 2, false);
            case 1200 -> new MkfsDefaults(15, 2, 0xF9, 224, 1, false);
            case 1440 -> new MkfsDefaults(18, 2, 0xF0, 224, 1, false);
            case 2880 -> new MkfsDefaults(36, 2, 0xF0, 224, 2, false);
            default -> null;
        };
    }
}
