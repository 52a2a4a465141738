package io.flashdeck.core.fat;

import io.flashdeck.core.volume.CorruptVolumeException;

/**
 * Where the parts of a FAT volume lie, in bytes from the start of the volume: reserved area,
 * FAT copies, fixed root directory (FAT12/16) and data clusters.
 */
public final class FatLayout {

    private final long fatOffset;
    private final long fatBytes;
    private final int fatCount;
    private final long rootDirOffset;
    private final long rootDirBytes;
    private final long dataOffset;
    private final int clusterBytes;
    private final long clusterCount;

    FatLayout(BootSector boot, long rootDirSectors) {
        long sector = boot.bytesPerSector();
        fatOffset = boot.reservedSectors() * sector;
        fatBytes = boot.sectorsPerFat() * sector;
        fatCount = boot.fatCount();
        rootDirOffset = fatOffset + fatCount * fatBytes;
        rootDirBytes = rootDirSectors * sector;
        dataOffset = rootDirOffset + rootDirBytes;
        clusterBytes = boot.sectorsPerCluster() * boot.bytesPerSector();
        clusterCount = boot.clusterCount();
    }

    /** Offset of FAT copy {@code copy} (0-based). */
    public long fatOffset(int copy) {
        if (copy < 0 || copy >= fatCount) {
            throw new IllegalArgumentException("FAT copy " + copy + " of " + fatCount);
        }
        return fatOffset + copy * fatBytes;
    }

    /** Size of one FAT copy as the boot sector declares it. */
    public long fatBytes() {
        return fatBytes;
    }

    public int fatCount() {
        return fatCount;
    }

    /** Offset of the fixed root directory of FAT12/16. */
    public long rootDirOffset() {
        return rootDirOffset;
    }

    /** Size of the fixed root directory; 0 on FAT32. */
    public long rootDirBytes() {
        return rootDirBytes;
    }

    /** Offset of cluster 2, the first data cluster. */
    public long dataOffset() {
        return dataOffset;
    }

    public int clusterBytes() {
        return clusterBytes;
    }

    public long clusterCount() {
        return clusterCount;
    }

    /** Highest valid cluster number. */
    public long lastCluster() {
        return clusterCount + 1;
    }

    public boolean isValidCluster(long cluster) {
        return cluster >= 2 && cluster <= lastCluster();
    }

    /** Offset of the first byte of {@code cluster}; throws for a number outside the volume. */
    public long clusterOffset(long cluster) throws CorruptVolumeException {
        if (!isValidCluster(cluster)) {
            throw new CorruptVolumeException("cluster " + cluster + " is outside the volume (clusters 2 to "
                    + lastCluster() + ")");
        }
        return dataOffset + (cluster - 2) * clusterBytes;
    }

    /** Bytes of data clusters on the volume. */
    public long dataBytes() {
        return clusterCount * clusterBytes;
    }
}
