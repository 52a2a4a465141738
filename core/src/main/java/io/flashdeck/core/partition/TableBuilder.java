package io.flashdeck.core.partition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the entries a table parser finds, checks each against the device and turns the ones
 * that can be used into {@link Partition}s; whatever is wrong becomes a sentence in the problems.
 */
final class TableBuilder {

    private final PartitionScheme scheme;
    private final long deviceSectors;
    private final List<Partition> partitions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    TableBuilder(PartitionScheme scheme, long deviceSectors) {
        this.scheme = scheme;
        this.deviceSectors = deviceSectors;
    }

    void problem(String sentence) {
        problems.add(sentence);
    }

    /**
     * Adds the partition covering sectors {@code firstLba..lastLba} (inclusive, both read as
     * unsigned 64-bit numbers); refuses one that starts at sector 0 or beyond the device and
     * clips one that runs past the end.
     */
    void add(int index, String type, long firstLba, long lastLba, String name) {
        if (firstLba == 0) {
            problem("partition " + index + " starts at sector 0, where the partition table lives; ignored");
        } else if (Long.compareUnsigned(lastLba, firstLba) < 0) {
            problem("partition " + index + " ends (sector " + Long.toUnsignedString(lastLba) + ") before it starts (sector "
                    + Long.toUnsignedString(firstLba) + "); ignored");
        } else if (Long.compareUnsigned(firstLba, deviceSectors) >= 0) {
            problem("partition " + index + " starts at sector " + Long.toUnsignedString(firstLba)
                    + ", beyond the end of the device (" + deviceSectors + " sectors); ignored");
        } else {
            long last = lastLba;
            if (Long.compareUnsigned(lastLba, deviceSectors) >= 0) {
                last = deviceSectors - 1;
                problem("partition " + index + " runs past the end of the device (it ends at sector "
                        + Long.toUnsignedString(lastLba) + ", the device has " + deviceSectors + " sectors); clipped to "
                        + (last - firstLba + 1) + " sectors");
            }
            long sector = PartitionTableReader.SECTOR_SIZE;
            partitions.add(new Partition(index, scheme, type, firstLba * sector, (last - firstLba + 1) * sector, name));
        }
    }

    PartitionTable build(String summary) {
        partitions.sort(Comparator.comparingLong(Partition::startBytes));
        Partition reachesFurthest = null;
        for (Partition partition : partitions) {
            if (reachesFurthest != null && partition.startBytes() < reachesFurthest.endBytes()) {
                problem("partitions " + reachesFurthest.index() + " and " + partition.index() + " overlap");
            }
            if (reachesFurthest == null || partition.endBytes() > reachesFurthest.endBytes()) {
                reachesFurthest = partition;
            }
        }
        partitions.sort(Comparator.comparingInt(Partition::index));
        return new PartitionTable(scheme, summary, partitions, problems);
    }
}
