package io.flashdeck.core.partition;

import io.flashdeck.core.block.BlockDevice;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where the FAT volume of a device was found.
 *
 * @param device        the bytes of the volume: the whole device or a slice of it
 * @param partition     the partition holding it, {@code null} for a bare volume
 * @param table         the device's partition table (scheme NONE for a bare volume)
 * @param selection     how the volume was chosen
 * @param fatPartitions the numbers of all partitions holding a FAT volume, empty for a bare volume
 */
public record LocatedVolume(BlockDevice device, Partition partition, PartitionTable table, Selection selection,
                            List<Integer> fatPartitions) {

    /** How {@link VolumeLocator} chose the volume. */
    public enum Selection {
        /** Sector 0 is the FAT boot sector; there is no partition table. */
        BARE_VOLUME,
        /** The caller asked for this partition. */
        REQUESTED_PARTITION,
        /** The only partition holding a FAT volume. */
        ONLY_FAT_PARTITION,
        /** The first of several partitions holding FAT volumes. */
        FIRST_FAT_PARTITION
    }

    public LocatedVolume {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(selection, "selection");
        fatPartitions = List.copyOf(fatPartitions);
    }

    /** Says which volume this is, such as "partition 1, the first of the FAT partitions 1, 3". */
    public String describe() {
        return switch (selection) {
            case BARE_VOLUME -> "the bare FAT volume (no partition table)";
            case ONLY_FAT_PARTITION -> "partition " + partition.index() + ", the only FAT partition";
            case FIRST_FAT_PARTITION -> "partition " + partition.index() + ", the first of the FAT partitions "
                    + fatPartitions.stream().map(String::valueOf).collect(Collectors.joining(", "));
            case REQUESTED_PARTITION -> "partition " + partition.index();
        };
    }
}
