package io.flashdeck.core.image;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.ClosingBlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.partition.LocatedVolume;
import io.flashdeck.core.partition.PartitionTable;
import io.flashdeck.core.partition.PartitionTableReader;
import io.flashdeck.core.partition.VolumeLocator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A disk image file: a flash dump, an SD card image, a bare volume or a partitioned disk. Finds
 * its FAT volumes the way FatFs does and opens them with the engine.
 */
public final class DiskImage implements Closeable {

    private final Path file;
    private final FileBlockDevice device;

    private DiskImage(Path file, FileBlockDevice device) {
        this.file = file;
        this.device = device;
    }

    /** Opens an existing image file without reading more than it needs. */
    public static DiskImage open(Path file, boolean readOnly) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Files.exists(file)
                    ? new IOException(file + " is not a regular file")
                    : new NoSuchFileException(file.toString());
        }
        return new DiskImage(file, FileBlockDevice.open(file, readOnly));
    }

    /**
     * Opens the FAT volume of an image file; closing the volume closes the file.
     *
     * @param partition 1-based partition number, or null for the bare volume or the only (first) FAT partition
     */
    public static FatVolume openVolume(Path file, Integer partition, FatOptions options) throws IOException {
        DiskImage image = open(file, options.readOnly());
        try {
            return image.volume(partition, options);
        } catch (IOException | RuntimeException e) {
            image.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The whole image as one device. */
    public BlockDevice device() {
        return device;
    }

    /** The name used in messages: the file name. */
    public String name() {
        return String.valueOf(file.getFileName());
    }

    public PartitionTable partitionTable() throws IOException {
        return PartitionTableReader.read(device);
    }

    /** Where the FAT volume is; see {@link VolumeLocator}. */
    public LocatedVolume locate(Integer partition) throws IOException {
        return VolumeLocator.locate(device, name(), partition);
    }

    /** Opens the located volume; closing the volume closes this image. */
    public FatVolume volume(Integer partition, FatOptions options) throws IOException {
        LocatedVolume located = locate(partition);
        String volumeName = partition == null ? name() : name() + "@" + partition;
        return FatVolume.open(new ClosingBlockDevice(located.device(), this), volumeName, options);
    }

    @Override
    public void close() throws IOException {
        device.close();
    }
}
