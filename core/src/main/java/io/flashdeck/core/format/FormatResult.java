package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.block.ByteSizes;

/**
 * What {@link FatFormatter} wrote.
 *
 * @param geometry the volume's shape, including its offset when an MBR precedes it
 * @param layout   whose rules were followed
 * @param volumeId the volume serial number
 * @param label    the stored label, {@code null} for none
 */
public record FormatResult(VolumeGeometry geometry, Layout layout, int volumeId, String label) {

    public FatType type() {
        return geometry.type();
    }

    public int clusterBytes() {
        return geometry.clusterBytes();
    }

    public int fatCount() {
        return geometry.fatCount();
    }

    /** Where the volume starts on the device: 0, or 63 sectors behind an MBR. */
    public long partitionOffsetBytes() {
        return geometry.offsetSectors() * VolumeGeometry.SECTOR_SIZE;
    }

    /** Serial number as tools print it, such as "5D78-4A7C". */
    public String volumeIdText() {
        return String.format("%04X-%04X", volumeId >>> 16, volumeId & 0xFFFF);
    }

    /** One line for the user, such as "FAT16, 64 KiB clusters, 1 FAT, 3.0 GiB, no partition table". */
    public String describe() {
        VolumeGeometry g = geometry;
        String place = g.hasMbr()
                ? "partition 1 at sector " + g.offsetSectors() + " of an MBR"
                : g.hiddenSectors() > 0 ? "in the partition at sector " + g.hiddenSectors() : "no partition table";
        return g.type() + ", " + ByteSizes.format(g.clusterBytes()) + " clusters (" + g.clusterCount() + "), "
                + g.fatCount() + (g.fatCount() == 1 ? " FAT, " : " FATs, ")
                + ByteSizes.format(g.totalSectors() * VolumeGeometry.SECTOR_SIZE) + ", " + place
                + ", serial " + volumeIdText() + (label == null ? "" : ", label " + label);
    }
}
