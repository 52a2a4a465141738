package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
/**
 * The shape of a FAT volume: every number its boot sector records, plus where it sits on the
 * device. Sector numbers are 512-byte sectors relative to the start of the volume unless named
 * otherwise.
 *
 * @param type              FAT12, FAT16 or FAT32
 * @param offsetSectors     where the volume starts on the formatted device; non-zero means an MBR
 *                          in sector 0 describes it as the only partition
 * @param hiddenSectors     the BPB's hidden-sector count (the volume's sector on its disk)
 * @param totalSectors      sectors in the volume
 * @param sectorsPerCluster cluster size in sectors
 * @param reservedSectors   sectors before the first FAT (boot sector, FSInfo, backups, alignment)
 * @param fatCount          number of FAT copies
 * @param sectorsPerFat     sectors in each FAT copy
 * @param rootEntries       root directory entries for FAT12/16, 0 for FAT32
 * @param clusterCount      data clusters (numbered 2 to clusterCount + 1)
 * @param mediaByte         BPB media descriptor
 * @param sectorsPerTrack   BPB geometry hint
 * @param heads             BPB geometry hint
 */
public record VolumeGeometry(FatType type, long offsetSectors, long hiddenSectors, long totalSectors,
                             int sectorsPerCluster, int reservedSectors, int fatCount, long sectorsPerFat,
                             int rootEntries, long clusterCount, int mediaByte, int sectorsPerTrack, int heads) {

    public static final int SECTOR_SIZE = FormatOptions.SECTOR_SIZE;
    private static final int DIRECTORY_ENTRY = 32;

    public boolean hasMbr() {
        return offsetSectors > 0;
    }

    public int clusterBytes() {
        return sectorsPerCluster * SECTOR_SIZE;
    }

    public long rootDirSectors() {
        return ((long) rootEntries * DIRECTORY_ENTRY + SECTOR_SIZE - 1) / SECTOR_SIZE;
    }

    public long fatStart(int copy) {
        return reservedSectors + copy * sectorsPerFat;
    }

    /** First sector of the FAT12/16 root directory (for FAT32: of the data area). */
    public long rootDirStart() {
        return fatStart(fatCount);
    }

    public long dataStart() {
        return rootDirStart() + rootDirSectors();
    }

    public long clusterStart(long cluster) {
        return dataStart() + (cluster - 2) * sectorsPerCluster;
    }

    /** The MBR system type FatFs gives such a volume: 0x0C for FAT32, 0x06 from 32 MiB, else 0x04 or 0x01. */
    public int mbrType() {
        if (type == FatType.FAT32) {
            return 0x0C;
        }
        if (totalSectors >= 0x10000) {
            return 0x06;
        }
        return type == FatType.FAT16 ? 0x04 : 0x01;
    }
}
