package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.block.BlockDevice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;

/**
 * Writes a complete, empty FAT volume onto a device (a whole disk or image, or a partition slice;
 * it formats exactly what it is given). Only metadata is written: the reserved area, every FAT
 * copy and the root directory are cleared, the data area is never touched, so sparse images stay
 * small. The boot sector goes last, so an interrupted format never looks like a valid volume.
 */
public final class FatFormatter {

    private static final int SECTOR = VolumeGeometry.SECTOR_SIZE;

    private FatFormatter() {
    }

    public static FormatResult format(BlockDevice device, FormatOptions options) throws IOException {
        if (device.isReadOnly()) {
            throw new IOException("cannot format: the device is open read-only");
        }
        long deviceSectors = device.size() / SECTOR;
        VolumeGeometry geometry = options.layout() == Layout.MICROPYTHON
                ? MicroPythonPlanner.plan(deviceSectors, options)
                : MkfsPlanner.plan(device.size(), options);
        int volumeId = options.volumeId() != null
                ? options.volumeId()
                : VolumeSerials.serial(options.layout(), options.clock());
        BlockDevice volume = device.slice(geometry.offsetSectors() * SECTOR, geometry.totalSectors() * SECTOR);
        writeVolume(volume, geometry, options, volumeId);
        if (geometry.hasMbr()) {
            // Clear the gap between MBR and volume so no stale GPT or boot sector lingers there.
            new SparseZeroer(device).zero(SECTOR, (geometry.offsetSectors() - 1) * SECTOR);
            write(device, 0, MetadataSectors.mbr(geometry));
        }
        device.flush();
        return new FormatResult(geometry, options.layout(), volumeId, options.label());
    }

    private static void writeVolume(BlockDevice volume, VolumeGeometry g, FormatOptions options, int volumeId)
            throws IOException {
        SparseZeroer zeroer = new SparseZeroer(volume);
        boolean fat32 = g.type() == FatType.FAT32;
        long rootStart = fat32 ? g.clusterStart(2) : g.rootDirStart();
        long rootSectors = fat32 ? g.sectorsPerCluster() : g.rootDirSectors();
        zeroer.zero(SECTOR, (g.reservedSectors() - 1L) * SECTOR);
        zeroer.zero(g.fatStart(0) * SECTOR, g.fatCount() * g.sectorsPerFat() * SECTOR);
        zeroer.zero(rootStart * SECTOR, rootSectors * SECTOR);

        byte[] fatHead = MetadataSectors.fatHead(g, options.layout());
        for (int copy = 0; copy < g.fatCount(); copy++) {
            write(volume, g.fatStart(copy), fatHead);
        }
        if (options.label() != null) {
            LocalDateTime now = LocalDateTime.now(options.clock());
            volume.write(rootStart * SECTOR, ByteBuffer.wrap(MetadataSectors.labelEntry(options.label(), now)));
        }
        byte[] boot = MetadataSectors.bootSector(g, options.layout(), volumeId, options.label());
        if (fat32) {
            // Only the root directory's cluster is in use.
            byte[] fsInfo = MetadataSectors.fsInfo(g.clusterCount() - 1, 2);
            write(volume, 1, fsInfo);
            write(volume, 6, boot);
            write(volume, 7, fsInfo);
        }
        write(volume, 0, boot);
    }

    private static void write(BlockDevice device, long sector, byte[] bytes) throws IOException {
        device.write(sector * SECTOR, ByteBuffer.wrap(bytes));
    }
}
