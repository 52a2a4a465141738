package io.flashdeck.core.partition;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides, as FatFs does when it mounts, whether a sector is the boot sector of a FAT volume:
 * the 0x55AA signature, an x86 jump, "FAT" at offset 54 or "FAT32" at 82, and a BPB whose
 * numbers describe a volume that could exist. Every field is checked with 64-bit arithmetic.
 */
public final class FatBootSectorProbe {

    private FatBootSectorProbe() {
    }

    public static boolean isFatBootSector(byte[] sector) {
        return problem(sector).isEmpty();
    }

    /** Why the sector is not a usable FAT boot sector; empty when it is one. */
    public static Optional<String> problem(byte[] sector) {
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
        return bpbProblem(ByteBuffer.wrap(sector).order(ByteOrder.LITTLE_ENDIAN));
    }

    private static Optional<String> bpbProblem(ByteBuffer bpb) {
        int bytesPerSector = Short.toUnsignedInt(bpb.getShort(11));
        int sectorsPerCluster = bpb.get(13) & 0xFF;
        int reserved = Short.toUnsignedInt(bpb.getShort(14));
        int fats = bpb.get(16) & 0xFF;
        int rootEntries = Short.toUnsignedInt(bpb.getShort(17));
        long total = bpb.getShort(19) != 0 ? Short.toUnsignedInt(bpb.getShort(19)) : Integer.toUnsignedLong(bpb.getInt(32));
        long fatSize = bpb.getShort(22) != 0 ? Short.toUnsignedInt(bpb.getShort(22)) : Integer.toUnsignedLong(bpb.getInt(36));
        if (bytesPerSector < 512 || bytesPerSector > 4096 || Integer.bitCount(bytesPerSector) != 1) {
            return Optional.of("the BPB gives " + bytesPerSector + " bytes per sector");
        }
        if (sectorsPerCluster == 0 || Integer.bitCount(sectorsPerCluster) != 1) {
            return Optional.of("the BPB gives " + sectorsPerCluster + " sectors per cluster");
        }
        if (reserved == 0 || fats < 1 || fats > 2 || rootEntries % (bytesPerSector / 32) != 0) {
            return Optional.of("the BPB gives " + reserved + " reserved sectors, " + fats + " FATs and "
                    + rootEntries + " root entries");
        }
        if (total == 0 || fatSize == 0) {
            return Optional.of("the BPB gives a volume of " + total + " sectors with FATs of " + fatSize + " sectors");
        }
        long systemSectors = reserved + fats * fatSize + (rootEntries * 32L + bytesPerSector - 1) / bytesPerSector;
        if (systemSectors + sectorsPerCluster > total) {
            return Optional.of("the BPB leaves no room for data: " + systemSectors + " system sectors in a volume of "
                    + total);
        }
        return Optional.empty();
    }

    private static String text(byte[] sector, int offset, int length) {
        return new String(sector, offset, length, StandardCharsets.ISO_8859_1);
    }
}
