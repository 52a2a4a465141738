package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import java.util.Optional;

/**
 * The geometry oofatfs' {@code f_mkfs} (the FatFs build inside MicroPython) chooses, reproduced
 * from its rules so that FlashDeck formats exactly as a camera does:
 * <ul>
 * <li>512-byte sectors, one FAT, 512 root entries (FAT12/16), 1 reserved sector (FAT12/16) or 32
 *     (FAT32), media 0xF8, 63 sectors per track and 255 heads; MicroPython's block devices report an
 *     erase block of one sector, so nothing is aligned;</li>
 * <li>without a partition table ({@code FM_SFD}) the volume starts at sector 0, otherwise at 63;</li>
 * <li>FAT12/16 cluster size from the volume size in 4K-sector units: one sector below 1, doubling
 *     at 1, 4, 16, 64, 256 and 512 (so 32 KiB from 2 GiB); FAT32 from 128K-sector units: one
 *     sector below 1, doubling at 1, 2, 4, 8, 16 and 32 (so 32 KiB from 2 GiB);</li>
 * <li>FAT12 when the first estimate has at most 4085 clusters (FatFs' limit, one more than the
 *     specification's); FAT16 up to 65525; more FAT16 clusters double the cluster size up to
 *     32 KiB, then switch to FAT32 if allowed, else double up to 64 KiB; too few FAT16 clusters
 *     double the cluster size; too few FAT32 clusters halve it once. An explicit cluster size is
 *     never adjusted. When nothing fits, {@code f_mkfs} aborts ({@code FR_MKFS_ABORTED}).</li>
 * </ul>
 */
final class OofatfsMkfs {

    static final long MAX_FAT12 = 0xFF5;
    static final long MAX_FAT16 = 0xFFF5;
    static final long MAX_FAT32 = 0x0FFFFFF5;

    /** Where {@code f_mkfs} puts the volume when it writes a partition table. */
    static final long PARTITIONED_START = 63;

    private static final int SECTOR = FormatOptions.SECTOR_SIZE;
    private static final int ROOT_ENTRIES = 512;
    private static final int[] FAT_STEPS = {1, 4, 16, 64, 256, 512};
    private static final int[] FAT32_STEPS = {1, 2, 4, 8, 16, 32};

    private OofatfsMkfs() {
    }

    /**
     * Runs the planning part of {@code f_mkfs}.
     *
     * @param deviceSectors  sectors on the device (FatFs counts them in 32 bits)
     * @param allowFat       {@code FM_FAT}: FAT12/16 may be made
     * @param allowFat32     {@code FM_FAT32}: FAT32 may be made
     * @param withoutTable   {@code FM_SFD}: no partition table, the volume starts at sector 0
     * @param clusterSectors the {@code au} argument in sectors, 0 to choose automatically
     * @param hiddenSectors  what the BPB records as hidden sectors when there is no partition table
     * @return the geometry, or empty where {@code f_mkfs} would abort
     */
    static Optional<VolumeGeometry> plan(long deviceSectors, boolean allowFat, boolean allowFat32, boolean withoutTable,
                                         int clusterSectors, long hiddenSectors) {
        long volumeStart = withoutTable ? 0 : PARTITIONED_START;
        long volumeSectors = deviceSectors - volumeStart;
        if (volumeSectors < 22 || !(allowFat || allowFat32)) {
            return Optional.empty();
        }
        FatType type = allowFat32 && !allowFat ? FatType.FAT32 : FatType.FAT16;
        int au = clusterSectors;
        while (true) {
            int perCluster = au;
            long clusters;
            long fatSectors;
            int reserved;
            long rootSectors;
            if (type == FatType.FAT32) {
                if (perCluster == 0) {
                    perCluster = fromSteps(volumeSectors / 0x20000, FAT32_STEPS);
                }
                clusters = volumeSectors / perCluster;
                fatSectors = (clusters * 4 + 8 + SECTOR - 1) / SECTOR;
                reserved = 32;
                rootSectors = 0;
                if (clusters <= MAX_FAT16 || clusters > MAX_FAT32) {
                    return Optional.empty();
                }
            } else {
                if (perCluster == 0) {
                    perCluster = fromSteps(volumeSectors / 0x1000, FAT_STEPS);
                }
                clusters = volumeSectors / perCluster;
                long fatBytes;
                if (clusters > MAX_FAT12) {
                    fatBytes = clusters * 2 + 4;
                } else {
                    // Once FAT12 is chosen it stays chosen, as in f_mkfs.
                    type = FatType.FAT12;
                    fatBytes = (clusters * 3 + 1) / 2 + 3;
                }
                fatSectors = (fatBytes + SECTOR - 1) / SECTOR;
                reserved = 1;
                rootSectors = ROOT_ENTRIES * 32 / SECTOR;
            }
            long systemSectors = reserved + fatSectors + rootSectors;
            if (volumeSectors < systemSectors + perCluster * 16L) {
                return Optional.empty();
            }
            clusters = (volumeSectors - systemSectors) / perCluster;
            if (type == FatType.FAT32 && clusters <= MAX_FAT16) {
                if (au == 0 && perCluster / 2 != 0) {
                    au = perCluster / 2;
                    continue;
                }
                return Optional.empty();
            }
            if (type == FatType.FAT16 && clusters > MAX_FAT16) {
                if (au == 0 && perCluster * 2 <= 64) {
                    au = perCluster * 2;
                } else if (allowFat32) {
                    type = FatType.FAT32;
                } else if (au == 0 && perCluster * 2 <= 128) {
                    au = perCluster * 2;
                } else {
                    return Optional.empty();
                }
                continue;
            }
            if (type == FatType.FAT16 && clusters <= MAX_FAT12) {
                if (au == 0 && perCluster * 2 <= 128) {
                    au = perCluster * 2;
                    continue;
                }
                return Optional.empty();
            }
            if (type == FatType.FAT12 && clusters > MAX_FAT12) {
                return Optional.empty();
            }
            int rootEntries = type == FatType.FAT32 ? 0 : ROOT_ENTRIES;
            long hidden = withoutTable ? hiddenSectors : volumeStart;
            return Optional.of(new VolumeGeometry(type, volumeStart, hidden, volumeSectors, perCluster, reserved, 1,
                    fatSectors, rootEntries, clusters, 0xF8, 63, 255));
        }
    }

    /** One sector, doubled for every step the size (in step units) reaches. */
    private static int fromSteps(long units, int[] steps) {
        int sectors = 1;
        for (int step : steps) {
            if (step > units) {
                break;
            }
            sectors <<= 1;
        }
        return sectors;
    }
}
