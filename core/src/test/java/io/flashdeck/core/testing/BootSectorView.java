package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The BPB fields of a boot sector, read straight from the bytes: the tests' own reading,
 * independent of the code under test.
 */
public record BootSectorView(String oem, int bytesPerSector, int sectorsPerCluster, int reservedSectors,
                             int fatCount, int rootEntries, long totalSectors, int media, long sectorsPerFat,
                             int sectorsPerTrack, int heads, long hiddenSectors, int volumeId, String label,
                             String fileSystemType, int fsInfoSector, int backupBootSector, long rootCluster) {

    public static BootSectorView read(Path image, long offsetBytes) throws IOException {
        byte[] sector = new byte[512];
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "r")) {
            file.seek(offsetBytes);
            file.readFully(sector);
        }
        return parse(sector);
    }

    public static BootSectorView parse(byte[] sector) {
        ByteBuffer b = ByteBuffer.wrap(sector).order(ByteOrder.LITTLE_ENDIAN);
        int fat16Size = Short.toUnsignedInt(b.getShort(22));
        boolean fat32 = fat16Size == 0;
        int extended = fat32 ? 64 : 36;
        int total16 = Short.toUnsignedInt(b.getShort(19));
        return new BootSectorView(text(sector, 3, 8), Short.toUnsignedInt(b.getShort(11)), sector[13] & 0xFF,
                Short.toUnsignedInt(b.getShort(14)), sector[16] & 0xFF, Short.toUnsignedInt(b.getShort(17)),
                total16 != 0 ? total16 : Integer.toUnsignedLong(b.getInt(32)), sector[21] & 0xFF,
                fat32 ? Integer.toUnsignedLong(b.getInt(36)) : fat16Size, Short.toUnsignedInt(b.getShort(24)),
                Short.toUnsignedInt(b.getShort(26)), Integer.toUnsignedLong(b.getInt(28)), b.getInt(extended + 3),
                text(sector, extended + 7, 11), text(sector, extended + 18, 8),
                fat32 ? Short.toUnsignedInt(b.getShort(48)) : 0, fat32 ? Short.toUnsignedInt(b.getShort(50)) : 0,
                fat32 ? Integer.toUnsignedLong(b.getInt(44)) : 0);
    }

    /** The fields that fix where everything is, for comparing two volumes' geometry. */
    public String geometry() {
        return "bytes/sector=" + bytesPerSector + " sectors/cluster=" + sectorsPerCluster + " reserved="
                + reservedSectors + " fats=" + fatCount + " rootEntries=" + rootEntries + " total=" + totalSectors
                + " media=" + Integer.toHexString(media) + " sectors/fat=" + sectorsPerFat + " hidden=" + hiddenSectors;
    }

    private static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
