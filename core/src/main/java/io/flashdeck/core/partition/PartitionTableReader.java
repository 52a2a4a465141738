package io.flashdeck.core.partition;

import io.flashdeck.core.block.BlockDevice;
import java.io.IOException;

/**
 * Reads the partition table of a device: none, MBR (with logical partitions) or GPT.
 *
 * <p>A sector 0 that is itself a FAT boot sector means "no table", as for FatFs: FAT volumes
 * made without a partition table (and mkfs.fat's fake MBR, whose one entry starts at sector 0)
 * are bare volumes. Damaged tables never throw unchecked exceptions: what cannot be used is left
 * out and explained in {@link PartitionTable#problems()}.
 */
public final class PartitionTableReader {

    /** MBR and GPT are read with 512-byte logical sectors, as image files and SD cards have. */
    public static final int SECTOR_SIZE = 512;

    private static final int GPT_PROTECTIVE = 0xEE;

    private PartitionTableReader() {
    }

    public static PartitionTable read(BlockDevice device) throws IOException {
        long sectors = device.size() / SECTOR_SIZE;
        if (sectors == 0) {
            return PartitionTable.none("the device is smaller than one sector");
        }
        byte[] sector0 = device.read(0, SECTOR_SIZE);
        if (!hasSignature(sector0)) {
            return PartitionTable.none("sector 0 has no 0x55AA signature");
        }
        if (FatBootSectorProbe.isFatBootSector(sector0, device.size())) {
            return PartitionTable.none("sector 0 is a FAT boot sector");
        }
        boolean protective = false;
        for (int slot = 0; slot < MbrEntry.SLOTS; slot++) {
            MbrEntry entry = MbrEntry.parse(sector0, slot);
            if (entry.status() != 0 && entry.status() != 0x80) {
                return PartitionTable.none(String.format(
                        "sector 0 is not a partition table: slot %d has status byte 0x%02X", slot + 1, entry.status()));
            }
            protective |= entry.type() == GPT_PROTECTIVE;
        }
        return protective ? GptParser.parse(device, sectors) : MbrParser.parse(device, sector0, sectors);
    }

    static boolean hasSignature(byte[] sector) {
        return (sector[510] & 0xFF) == 0x55 && (sector[511] & 0xFF) == 0xAA;
    }
}
