package io.flashdeck.core.partition;

import io.flashdeck.core.block.BlockDevice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the FAT volume on a device the way FatFs does: sector 0 when it is a FAT boot sector,
 * otherwise the partitions whose first sector is one, whatever their type byte says.
 */
public final class VolumeLocator {

    private static final int SECTOR = PartitionTableReader.SECTOR_SIZE;

    private VolumeLocator() {
    }

    /** As {@link #locate(BlockDevice, String, Integer)}, calling the device "the device" in messages. */
    public static LocatedVolume locate(BlockDevice device, Integer partitionNumber) throws IOException {
        return locate(device, "the device", partitionNumber);
    }

    /**
     * Locates the volume.
     *
     * @param name            how messages call the device, such as the image file name
     * @param partitionNumber the 1-based partition to use, or {@code null} to pick automatically:
     *                        the bare volume, else the only FAT partition, else the first one
     */
    public static LocatedVolume locate(BlockDevice device, String name, Integer partitionNumber) throws IOException {
        if (device.size() < SECTOR) {
            throw new IOException("no FAT file system found in " + name + ": it is smaller than one sector");
        }
        byte[] sector0 = device.read(0, SECTOR);
        Optional<String> bareProblem = FatBootSectorProbe.problem(sector0, device.size());
        PartitionTable table = PartitionTableReader.read(device);
        return partitionNumber == null
                ? locateAutomatically(device, name, table, bareProblem)
                : locateRequested(device, name, table, partitionNumber, bareProblem.isEmpty());
    }

    private static LocatedVolume locateAutomatically(BlockDevice device, String name, PartitionTable table,
                                                     Optional<String> bareProblem) throws IOException {
        if (bareProblem.isEmpty()) {
            return new LocatedVolume(device, null, table, LocatedVolume.Selection.BARE_VOLUME, List.of());
        }
        List<Partition> fat = new ArrayList<>();
        for (Partition partition : table.partitions()) {
            if (fatProblem(device, partition).isEmpty()) {
                fat.add(partition);
            }
        }
        if (fat.isEmpty()) {
            throw new IOException("no FAT file system found in " + name + ": sector 0 is not a FAT boot sector ("
                    + bareProblem.get() + ") and " + describeWithoutFat(table));
        }
        Partition chosen = fat.get(0);
        return new LocatedVolume(slice(device, chosen), chosen, table,
                fat.size() == 1 ? LocatedVolume.Selection.ONLY_FAT_PARTITION : LocatedVolume.Selection.FIRST_FAT_PARTITION,
                fat.stream().map(Partition::index).toList());
    }

    private static LocatedVolume locateRequested(BlockDevice device, String name, PartitionTable table, int number,
                                                 boolean bare) throws IOException {
        if (table.scheme() == PartitionScheme.NONE) {
            throw new IOException(name + " has no partition " + number + ": it has no partition table"
                    + (bare ? " and holds a bare FAT volume (name it without a partition number)" : ""));
        }
        Optional<Partition> partition = table.partition(number);
        if (partition.isEmpty()) {
            String has = table.partitions().isEmpty() ? "none" : table.indexList();
            throw new IOException(name + " has no partition " + number + "; it has " + has + problemsSuffix(table));
        }
        Optional<String> problem = fatProblem(device, partition.get());
        if (problem.isPresent()) {
            throw new IOException("partition " + number + " of " + name + " holds no FAT file system: " + problem.get());
        }
        return new LocatedVolume(slice(device, partition.get()), partition.get(), table,
                LocatedVolume.Selection.REQUESTED_PARTITION, List.of(number));
    }

    private static Optional<String> fatProblem(BlockDevice device, Partition partition) throws IOException {
        if (partition.lengthBytes() < SECTOR) {
            return Optional.of("it is smaller than one sector");
        }
        return FatBootSectorProbe.problem(device.read(partition.startBytes(), SECTOR), partition.lengthBytes());
    }

    private static String describeWithoutFat(PartitionTable table) {
        if (table.scheme() == PartitionScheme.NONE) {
            return "there is " + table.summary();
        }
        String partitions = table.partitions().isEmpty()
                ? "no usable partitions"
                : "partitions " + table.indexList() + ", none of which holds a FAT boot sector";
        return "its " + table.summary() + " has " + partitions + problemsSuffix(table);
    }

    private static String problemsSuffix(PartitionTable table) {
        return table.problems().isEmpty() ? "" : " (" + String.join("; ", table.problems()) + ")";
    }

    private static BlockDevice slice(BlockDevice device, Partition partition) {
        return device.slice(partition.startBytes(), partition.lengthBytes());
    }
}
