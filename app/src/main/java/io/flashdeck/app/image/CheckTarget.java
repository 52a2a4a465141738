package io.flashdeck.app.image;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.partition.Partition;
import io.flashdeck.core.partition.PartitionTable;
import java.io.IOException;
import java.util.Optional;

/** The bytes a check or a repair of an image works on. */
public final class CheckTarget {

    private CheckTarget() {
    }

    /**
     * The volume to check, found as FatFs finds it. A volume whose boot sector is unreadable is not
     * found that way: then the partition asked for, or a whole image without usable partitions, is
     * checked all the same, so the check says what is wrong with its boot sector and a repair can
     * restore it from a FAT32 backup.
     *
     * @param partition 1-based partition number, or null for the bare volume or the only FAT partition
     */
    public static BlockDevice volume(DiskImage image, Integer partition) throws IOException {
        try {
            return image.locate(partition).device();
        } catch (IOException notFound) {
            PartitionTable table = image.partitionTable();
            if (partition == null && table.partitions().isEmpty()) {
                return image.device();
            }
            Optional<Partition> asked = partition == null ? Optional.empty() : table.partition(partition);
            if (asked.isPresent()) {
                return image.device().slice(asked.get().startBytes(), asked.get().lengthBytes());
            }
            throw notFound;
        }
    }
}
