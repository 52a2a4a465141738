package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
/**
 * Plans a volume as dosfstools' mkfs.fat 4.2 does for an image file, reproduced from its rules:
 * two FATs; the sector count rounded down to whole tracks and capped at 2^32 - 1; above 8192
 * sectors the reserved area, each FAT and the root directory are rounded up to whole clusters;
 * starting from {@link MkfsDefaults}' cluster size, the first size (doubling up to 64 KiB) at
 * which the FAT type fits. FAT12 holds at most 4084 clusters, FAT16 4087 to 65524, FAT32 from
 * 65526 (mkfs.fat allows 65525, which FatFs would take for FAT16, so FlashDeck does not).
 */
final class MkfsPlanner {

    private static final int SECTOR = FormatOptions.SECTOR_SIZE;
    private static final int FATS = 2;
    private static final long MAX_CLUSTERS_12 = 4084;
    private static final long MIN_CLUSTERS_16 = 4087;
    private static final long MAX_CLUSTERS_16 = 65524;
    private static final long MIN_CLUSTERS_32 = 65526;
    private static final long MAX_CLUSTERS_32 = 268435446;

    private MkfsPlanner() {
    }

    /** Clusters and FAT length one FAT type would get at one cluster size; 0 clusters when it does not fit. */
    private record Fit(long clusters, long fatSectors) {
    }

    static VolumeGeometry plan(long deviceBytes, FormatOptions options) throws FormatException {
        FatType requested = options.fatType();
        MkfsDefaults defaults = MkfsDefaults.forSize(deviceBytes, requested);
        int reserved = defaults.fat32() ? 32 : 1;
        long sectors = Math.min(deviceBytes / SECTOR, 0xFFFFFFFFL);
        sectors = sectors / defaults.sectorsPerTrack() * defaults.sectorsPerTrack();
        long rootSectors = ((long) defaults.rootEntries() * 32 + SECTOR - 1) / SECTOR;
        boolean align = sectors > 8192;
        int override = options.clusterSectors();
        int perCluster = override != 0 ? override : defaults.clusterSectors();
        int largest = override != 0 ? override : 128;
        for (; perCluster <= largest; perCluster <<= 1) {
            long fatData32 = sectors - align(reserved, perCluster, align);
            long fatData1216 = fatData32 - align(rootSectors, perCluster, align);
            Fit fit12 = fit(FatType.FAT12, fatData1216, perCluster, align);
            Fit fit16 = fit(FatType.FAT16, fatData1216, perCluster, align);
            Fit fit32 = fit(FatType.FAT32, fatData32, perCluster, align);
            FatType chosen = null;
            Fit fit = null;
            if (defaults.fat32()) {
                if (fit32.clusters() > 0) {
                    chosen = FatType.FAT32;
                    fit = fit32;
                }
            } else if (requested == FatType.FAT12 && fit12.clusters() > 0) {
                chosen = FatType.FAT12;
                fit = fit12;
            } else if (requested == FatType.FAT16 && fit16.clusters() > 0) {
                chosen = FatType.FAT16;
                fit = fit16;
            } else if (requested == null && (fit12.clusters() > 0 || fit16.clusters() > 0)) {
                boolean sixteen = fit16.clusters() > fit12.clusters();
                chosen = sixteen ? FatType.FAT16 : FatType.FAT12;
                fit = sixteen ? fit16 : fit12;
            }
            if (chosen != null) {
                long alignedRoot = align(rootSectors, perCluster, align);
                long systemSectors = align(reserved, perCluster, align) + FATS * fit.fatSectors() + alignedRoot;
                // mkfs.fat wants at least 32 KiB after the system area.
                if (deviceBytes / 1024 < (systemSectors + 1) / 2 + 32) {
                    throw new FormatException(FormatException.device(deviceBytes / SECTOR, override)
                            + " is too small for mkfs.fat's rules: they want 32 KiB of data after "
                            + systemSectors + " system sectors");
                }
                int rootEntries = chosen == FatType.FAT32 ? 0 : (int) (alignedRoot * (SECTOR / 32));
                return new VolumeGeometry(chosen, 0, hidden(options), sectors, perCluster,
                        (int) align(reserved, perCluster, align), FATS, fit.fatSectors(), rootEntries, fit.clusters(),
                        defaults.mediaByte(), defaults.sectorsPerTrack(), defaults.heads());
            }
        }
        String type = defaults.fat32() ? "FAT32" : requested == null ? "FAT12 or FAT16" : requested.name();
        throw new FormatException(type + " does not fit " + FormatException.device(deviceBytes / SECTOR, override)
                + " with mkfs.fat's rules: no cluster size gives " + range(defaults.fat32() ? FatType.FAT32 : requested));
    }

    /**
     * mkfs.fat's estimate for one FAT width, written with n = nibbles per entry (3, 4 or 8): clusters
     * from the sectors left for FATs and data, the FAT length those need (entries 0 and 1 included,
     * rounded to whole clusters when aligning), then the clusters that really remain.
     */
    private static Fit fit(FatType type, long fatData, int perCluster, boolean align) {
        int nibbles = type.entryBits() / 4;
        long estimate = (2 * fatData * SECTOR + 2L * FATS * nibbles) / (2L * perCluster * SECTOR + FATS * nibbles);
        long fatSectors = align(ceil(((estimate + 2) * nibbles + 1) / 2), perCluster, align);
        long clusters = (fatData - FATS * fatSectors) / perCluster;
        long max = Math.min(fatSectors * SECTOR * 2 / nibbles, maxClusters(type));
        return new Fit(clusters >= minClusters(type) && clusters <= max ? clusters : 0, fatSectors);
    }

    private static long minClusters(FatType type) {
        return type == FatType.FAT12 ? 1 : type == FatType.FAT16 ? MIN_CLUSTERS_16 : MIN_CLUSTERS_32;
    }

    private static long maxClusters(FatType type) {
        return type == FatType.FAT12 ? MAX_CLUSTERS_12 : type == FatType.FAT16 ? MAX_CLUSTERS_16 : MAX_CLUSTERS_32;
    }

    private static long ceil(long bytes) {
        return (bytes + SECTOR - 1) / SECTOR;
    }

    private static long align(long sectors, int perCluster, boolean align) {
        return align ? (sectors + perCluster - 1) / perCluster * perCluster : sectors;
    }

    private static long hidden(FormatOptions options) {
        return options.partitionStartSector() == null ? 0 : options.partitionStartSector();
    }

    private static String range(FatType type) {
        if (type == null) {
            return "at most 4084 FAT12 or 4087 to 65524 FAT16 clusters";
        }
        return switch (type) {
            case FAT12 -> "at most 4084 clusters";
            case FAT16 -> "4087 to 65524 clusters";
            case FAT32 -> "65526 to 268435446 clusters";
        };
    }
}
