package io.flashdeck.core.partition;

import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.volume.CorruptVolumeException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides, as FatFs does when it mounts, whether a sector is the boot sector of a FAT volume:
 * the 0x55AA signature, an x86 jump, "FAT" at offset 54 or "FAT32" at 82, and a BPB whose
 * numbers describe a volume that fits where it was found.
 */
public final class FatBootSectorProbe {

    private FatBootSectorProbe() {
    }

    public static boolean isFatBootSector(byte[] sector, long volumeBytes) {
        return problem(sector, volumeBytes).isEmpty();
    }

    /**
     * Why the sector is not a usable boot sector of a FAT volume in {@code volumeBytes} bytes;
     * empty when it is one. The BPB checks are the engine's own, so detection and mounting agree.
     */
    public static Optional<String> problem(byte[] sector, long volumeBytes) {
        if (sector.length < 512 || (sector[510] & 0xFF) != 0x55 || (sector[511] & 0xFF) != 0xAA) {
            return Optional.of("no boot signature 0x55AA");
        }
        int jump = sector[0] & 0xFF;
        if (jump != 0xEB && jump != 0xE9 && jump != 0xE8) {
            return Optional.of(String.format("no x86 jump at the start (0x%02X)", jump));
        }
        if (!text(sector, 54, 3).equals("FAT") && !text(sector, 82, 5).equals("FAT32")) {
            return Optional.of("no \"FAT\" file system type at offset 54 or 82");
        }
        try {
            BootSector.parse(sector, volumeBytes);
            return Optional.empty();
        } catch (CorruptVolumeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String text(byte[] sector, int offset, int length) {
        return new String(sector, offset, length, StandardCharsets.ISO_8859_1);
    }
}
