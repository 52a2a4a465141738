package io.flashdeck.core.image;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.format.FatFormatter;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.format.FormatResult;
import io.flashdeck.core.format.ImageFiles;
import io.flashdeck.core.partition.LocatedVolume;
import io.flashdeck.core.partition.Partition;
import io.flashdeck.core.partition.PartitionScheme;
import io.flashdeck.core.partition.PartitionTable;
import io.flashdeck.core.transfer.TreeWalker;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Formats image files: a new one, the volume an existing one holds, or a partition of it.
 *
 * <p>Without a partition number the target is the volume {@code ls IMAGE:/} would show; an image
 * with no readable volume is formatted whole unless its partition table has several partitions,
 * where guessing could erase the wrong one. {@code whole} ignores any partition table, as the
 * camera's {@code VfsFat.mkfs} does with its whole block device.
 */
public final class ImageFormatter {

    private ImageFormatter() {
    }

    /** What formatting would erase: the files and bytes of the current volume, if one is readable. */
    public record Contents(long files, long bytes) {

        /** Counts the files and bytes of {@code volume} (a camera's mount is erased by formatting too). */
        public static Contents of(Volume volume) throws IOException {
            long files = 0;
            long bytes = 0;
            for (FileEntry entry : TreeWalker.entries(volume, volume.stat(VolumePath.ROOT))) {
                if (entry.isFile()) {
                    files++;
                    bytes += entry.size();
                }
            }
            return new Contents(files, bytes);
        }
    }

    /** Makes a new sparse image file of {@code size} bytes and formats it whole. */
    public static FormatResult create(Path file, long size, FormatOptions options) throws IOException {
        ImageFiles.create(file, size);
        try (FileBlockDevice device = FileBlockDevice.open(file, false)) {
            FormatResult result = FatFormatter.format(device, options);
            device.flush();
            return result;
        } catch (IOException | RuntimeException e) {
            // A size no FAT fits, or a failed write: leave no half-made image behind.
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Formats the chosen volume of an existing image. */
    public static FormatResult format(DiskImage image, Integer partition, boolean whole, FormatOptions options)
            throws IOException {
        BlockDevice target = image.device();
        FormatOptions effective = options;
        Optional<Partition> chosen = whole ? Optional.empty() : choosePartition(image, partition);
        if (chosen.isPresent()) {
            Partition p = chosen.get();
            target = image.device().slice(p.startBytes(), p.lengthBytes());
            effective = options.withPartitionStartSector(p.startBytes() / FormatOptions.SECTOR_SIZE);
        }
        FormatResult result = FatFormatter.format(target, effective);
        image.device().flush();
        return result;
    }

    /** The files and bytes on the volume that would be formatted, or empty when none is readable. */
    public static Optional<Contents> contents(DiskImage image, Integer partition) {
        try (FatVolume volume = image.volume(partition, FatOptions.DEFAULT.withReadOnly(true))) {
            return Optional.of(Contents.of(volume));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Partition> choosePartition(DiskImage image, Integer partition) throws IOException {
        PartitionTable table = image.partitionTable();
        if (partition != null) {
            return Optional.of(table.partition(partition).orElseThrow(() -> new IOException(
                    image.name() + " has no partition " + partition + (table.partitions().isEmpty()
                            ? "" : "; it has " + table.indexList()))));
        }
        try {
            LocatedVolume located = image.locate(null);
            return Optional.ofNullable(located.partition());
        } catch (IOException unreadable) {
            if (table.scheme() == PartitionScheme.NONE || table.partitions().isEmpty()) {
                return Optional.empty();
            }
            if (table.partitions().size() == 1) {
                return Optional.of(table.partitions().get(0));
            }
            throw new IOException(image.name() + " has partitions " + table.indexList()
                    + " and none holds a FAT volume: name one as IMAGE@N, or format the whole image");
        }
    }
}
