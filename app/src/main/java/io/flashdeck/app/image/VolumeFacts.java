package io.flashdeck.app.image;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.volume.SpaceInfo;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@code info} says about an image's FAT volume, read once: its partition table, which volume
 * is used, the boot sector's geometry, label and space. The command line prints it as lines, the
 * desktop app as a table; both word it through the methods here.
 *
 * @param imageBytes the size of the whole image file
 * @param partitions the partition table's description, one line per partition
 * @param volume     which volume of the image this is
 * @param boot       the volume's boot sector
 * @param label      the volume label ("" for none)
 * @param space      total, used and free bytes
 */
public record VolumeFacts(long imageBytes, String partitions, String volume, BootSector boot, String label,
        SpaceInfo space) {

    /** Reads the facts of {@code partition} (null: the bare volume or the only FAT partition), read-only. */
    public static VolumeFacts read(Path file, Integer partition) throws IOException {
        try (DiskImage image = DiskImage.open(file, true)) {
            String partitions = image.partitionTable().description();
            String volume = image.locate(partition).describe();
            try (FatVolume fat = image.volume(partition, FatOptions.DEFAULT.withReadOnly(true))) {
                return new VolumeFacts(image.device().size(), partitions, volume, fat.fileSystem().bootSector(),
                        fat.label(), fat.space());
            }
        }
    }

    public long clusterBytes() {
        return (long) boot.bytesPerSector() * boot.sectorsPerCluster();
    }

    /** The label in quotes, or "(none)". */
    public String labelText() {
        return label.isEmpty() ? "(none)" : "\"" + label + "\"";
    }

    /** The volume serial number as tools print it ("5D78-4A7C"), or "(none)". */
    public String serialText() {
        if (boot.volumeId().isEmpty()) {
            return "(none)";
        }
        long id = boot.volumeId().getAsLong();
        return String.format("%04X-%04X", id >>> 16, id & 0xFFFF);
    }

    /** "2 FATs of 32 sectors" */
    public String fatsText() {
        return String.format("%d FAT%s of %,d sectors", boot.fatCount(), boot.fatCount() == 1 ? "" : "s",
                boot.sectorsPerFat());
    }

    /** "512 root entries" on FAT12/16, "root at cluster 2" on FAT32. */
    public String rootText() {
        return boot.rootCluster() == 0 ? boot.rootEntryCount() + " root entries"
                : "root at cluster " + boot.rootCluster();
    }

    /** "FAT16, label "OPENMV", serial 1234-ABCD, OEM "MSDOS5.0"" */
    public String fileSystemLine() {
        return boot.fatType().displayName() + ", label " + labelText() + ", serial " + serialText() + ", OEM \""
                + boot.oemName() + "\"";
    }

    public String geometryLine() {
        return String.format("%d-byte sectors, %,d sectors, %s clusters (%,d), %s, %d reserved sector%s, %s",
                boot.bytesPerSector(), boot.totalSectors(), ByteSizes.format(clusterBytes()), boot.clusterCount(),
                fatsText(), boot.reservedSectors(), boot.reservedSectors() == 1 ? "" : "s", rootText());
    }

    public String spaceLine() {
        return ByteSizes.format(space.totalBytes()) + " total, " + ByteSizes.format(space.usedBytes()) + " used, "
                + ByteSizes.format(space.freeBytes()) + " free";
    }
}
