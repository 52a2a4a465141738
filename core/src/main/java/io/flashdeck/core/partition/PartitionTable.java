package io.flashdeck.core.partition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the partition table of a device says, after checking it against the device.
 *
 * @param scheme     the kind of table, {@link PartitionScheme#NONE} when there is none
 * @param summary    one line saying what was found, such as "MBR partition table"
 * @param partitions the usable partitions in index order (entries that could not be used are
 *                   left out and explained in {@code problems})
 * @param problems   what was wrong with the table, one sentence each; empty when it is sound
 */
public record PartitionTable(PartitionScheme scheme, String summary, List<Partition> partitions,
                             List<String> problems) {

    public PartitionTable {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(summary, "summary");
        partitions = List.copyOf(partitions);
        problems = List.copyOf(problems);
    }

    static PartitionTable none(String why) {
        return new PartitionTable(PartitionScheme.NONE, "no partition table (" + why + ")", List.of(), List.of());
    }

    /** The partition with that 1-based number, if the table has it. */
    public Optional<Partition> partition(int index) {
        return partitions.stream().filter(p -> p.index() == index).findFirst();
    }

    /** The partition numbers, as "1, 2, 5". */
    public String indexList() {
        return partitions.stream().map(p -> Integer.toString(p.index())).collect(Collectors.joining(", "));
    }

    /** Several lines for {@code info}: the summary, one line per partition, then the problems. */
    public String description() {
        StringBuilder text = new StringBuilder(summary);
        if (scheme != PartitionScheme.NONE) {
            text.append(", ").append(partitions.size()).append(partitions.size() == 1 ? " partition" : " partitions");
        }
        for (Partition partition : partitions) {
            text.append(System.lineSeparator()).append("  ").append(partition.describe());
        }
        for (String problem : problems) {
            text.append(System.lineSeparator()).append("  warning: ").append(problem);
        }
        return text.toString();
    }
}
