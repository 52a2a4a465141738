package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The FAT32 backup boot sector, which mkfs.fat and Windows keep in sector 6: the one thing worth
 * trying when the boot sector itself is unreadable. Nothing else about such a volume is guessed.
 */
final class BootSectorBackup {

    private static final int BACKUP_SECTOR = 6;
    private static final int[] SECTOR_SIZES = {512, 1024, 2048, 4096};

    private BootSectorBackup() {
    }

    /** The backup sector, when it is a valid FAT32 boot sector for this device that names itself as the backup. */
    static Optional<byte[]> intact(BlockDevice device) throws IOException {
        for (int sectorSize : SECTOR_SIZES) {
            long offset = (long) BACKUP_SECTOR * sectorSize;
            if (device.size() < offset + sectorSize) {
                break;
            }
            byte[] sector = device.read(offset, sectorSize);
            try {
                BootSector backup = BootSector.parse(sector, device.size());
                if (backup.bytesPerSector() == sectorSize && backup.fatType() == FatType.FAT32
                        && backup.backupBootSector().orElse(0) == BACKUP_SECTOR) {
                    return Optional.of(sector);
                }
            } catch (CorruptVolumeException notABootSector) {
                // Try the next sector size.
            }
        }
        return Optional.empty();
    }

    /** The failure to read the boot sector, saying whether a repair could restore it from its backup. */
    static CorruptVolumeException explain(BlockDevice device, CorruptVolumeException failure) throws IOException {
        String hint = intact(device).isPresent()
                ? " (the backup boot sector in sector " + BACKUP_SECTOR + " is intact: a repair restores it)"
                : "";
        return new CorruptVolumeException(failure.getMessage() + hint, failure);
    }

    /** Writes the intact backup over the boot sector; empty when there is no intact backup. */
    static Optional<String> restore(BlockDevice device) throws IOException {
        Optional<byte[]> backup = intact(device);
        if (backup.isPresent()) {
            device.write(0, ByteBuffer.wrap(backup.get()));
            device.flush();
            return Optional.of("restored the boot sector from its backup in sector " + BACKUP_SECTOR);
        }
        return Optional.empty();
    }
}
