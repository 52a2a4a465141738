package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import java.time.Clock;
import java.util.Objects;

/**
 * How to format a device. Start from {@link #defaults()} and change what you need.
 *
 * @param fatType              FAT12, FAT16 or FAT32, or {@code null} to let the layout choose
 * @param layout               whose geometry rules to follow
 * @param label                the volume label as it will be stored (see {@link VolumeLabel}),
 *                             {@code null} for none
 * @param volumeId             the volume serial number, {@code null} to derive it from the clock as
 *                             the layout's tool does
 * @param clusterBytes         the cluster size in bytes (a power of two, 512 to 64 KiB), or
 *                             {@code null} to let the layout choose
 * @param clock                source of the volume serial and the label's timestamp (local time)
 * @param partitionStartSector {@code null} when the device is a whole disk; otherwise the device is
 *                             the partition starting at this sector of its disk: the boot sector
 *                             records it as hidden sectors and no partition table is ever written
 */
public record FormatOptions(FatType fatType, Layout layout, String label, Integer volumeId, Integer clusterBytes,
                            Clock clock, Long partitionStartSector) {

    public static final int SECTOR_SIZE = 512;
    public static final int MAX_CLUSTER_BYTES = 64 * 1024;

    public FormatOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(clock, "clock");
        label = VolumeLabel.normalize(label);
        if (clusterBytes != null && (clusterBytes < SECTOR_SIZE || clusterBytes > MAX_CLUSTER_BYTES
                || Integer.bitCount(clusterBytes) != 1)) {
            throw new IllegalArgumentException("the cluster size must be a power of two from 512 bytes to 64 KiB, not "
                    + clusterBytes);
        }
        if (partitionStartSector != null && (partitionStartSector < 0 || partitionStartSector > 0xFFFFFFFFL)) {
            throw new IllegalArgumentException("a partition cannot start at sector " + partitionStartSector);
        }
    }

    /** Automatic FAT type and cluster size, MicroPython's layout, no label, serial from the system clock. */
    public static FormatOptions defaults() {
        return new FormatOptions(null, Layout.MICROPYTHON, null, null, null, Clock.systemDefaultZone(), null);
    }

    public FormatOptions withFatType(FatType type) {
        return new FormatOptions(type, layout, label, volumeId, clusterBytes, clock, partitionStartSector);
    }

    public FormatOptions withLayout(Layout newLayout) {
        return new FormatOptions(fatType, newLayout, label, volumeId, clusterBytes, clock, partitionStartSector);
    }

    public FormatOptions withLabel(String newLabel) {
        return new FormatOptions(fatType, layout, newLabel, volumeId, clusterBytes, clock, partitionStartSector);
    }

    public FormatOptions withVolumeId(Integer id) {
        return new FormatOptions(fatType, layout, label, id, clusterBytes, clock, partitionStartSector);
    }

    public FormatOptions withClusterBytes(Integer bytes) {
        return new FormatOptions(fatType, layout, label, volumeId, bytes, clock, partitionStartSector);
    }

    public FormatOptions withClock(Clock newClock) {
        return new FormatOptions(fatType, layout, label, volumeId, clusterBytes, newClock, partitionStartSector);
    }

    public FormatOptions withPartitionStartSector(Long sector) {
        return new FormatOptions(fatType, layout, label, volumeId, clusterBytes, clock, sector);
    }

    /** The cluster size override in sectors, 0 when the layout chooses. */
    int clusterSectors() {
        return clusterBytes == null ? 0 : clusterBytes / SECTOR_SIZE;
    }
}
