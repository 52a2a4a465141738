package io.flashdeck.core.partition;

import io.flashdeck.core.block.ByteSizes;
import java.util.Objects;

/**
 * One partition as a table describes it, already checked against the device.
 *
 * @param index       1-based number as Linux gives it: MBR primaries 1-4, logical partitions 5 and
 *                    up, GPT entries by their slot
 * @param scheme      {@link PartitionScheme#MBR} or {@link PartitionScheme#GPT}
 * @param type        the MBR type byte as {@code 0x0C}, or the GPT type GUID as text
 * @param startBytes  offset of the first byte on the device
 * @param lengthBytes length in bytes, clipped to the device end when the table claims more
 * @param name        the GPT partition name, {@code null} for MBR partitions
 */
public record Partition(int index, PartitionScheme scheme, String type, long startBytes,
                        long lengthBytes, String name) {

    public Partition {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(type, "type");
        if (scheme == PartitionScheme.NONE || index < 1 || startBytes < 0 || lengthBytes < 0) {
            throw new IllegalArgumentException("not a partition: " + index + " " + scheme);
        }
    }

    /** Offset of the first byte after the partition. */
    public long endBytes() {
        return startBytes + lengthBytes;
    }

    /** A human name for the type, such as "FAT32 (LBA)" or "Microsoft basic data". */
    public String typeDescription() {
        return PartitionTypes.describe(scheme, type);
    }

    /** One line for listings: number, type, position and size. */
    public String describe() {
        StringBuilder line = new StringBuilder();
        line.append(index).append(": ").append(type).append(' ').append(typeDescription())
                .append(", start ").append(startBytes).append(" (LBA ")
                .append(startBytes / PartitionTableReader.SECTOR_SIZE).append("), ")
                .append(ByteSizes.format(lengthBytes));
        if (name != null && !name.isEmpty()) {
            line.append(", name \"").append(name).append('"');
        }
        return line.toString();
    }
}
