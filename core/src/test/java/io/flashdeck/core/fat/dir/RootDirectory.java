package io.flashdeck.core.fat.dir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The root directory of a FAT12/16 image made by real tools, located from the boot sector's
 * own fields (behind an MBR when sector 0 is not a boot sector), read and written raw.
 */
final class RootDirectory {

    private static final int SECTOR = 512;

    private RootDirectory() {
    }

    static byte[] read(Path image) throws IOException {
        try (FileChannel channel = FileChannel.open(image)) {
            Location root = locate(channel);
            return read(channel, root.offset, root.length);
        }
    }

    static void write(Path image, byte[] directory) throws IOException {
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Location root = locate(channel);
            if (directory.length > root.length) {
                throw new IllegalArgumentException("the root directory holds " + root.length + " bytes");
            }
            channel.write(ByteBuffer.wrap(directory), root.offset);
        }
    }

    private record Location(long offset, int length) {
    }

    private static Location locate(FileChannel channel) throws IOException {
        long volume = 0;
        ByteBuffer boot = ByteBuffer.wrap(read(channel, 0, SECTOR)).order(ByteOrder.LITTLE_ENDIAN);
        if (!isFat16BootSector(boot)) {
            volume = Integer.toUnsignedLong(boot.getInt(446 + 8)) * SECTOR;
            boot = ByteBuffer.wrap(read(channel, volume, SECTOR)).order(ByteOrder.LITTLE_ENDIAN);
            if (!isFat16BootSector(boot)) {
                throw new IOException("no FAT12/16 boot sector in sector 0 or in the first partition");
            }
        }
        int bytesPerSector = Short.toUnsignedInt(boot.getShort(11));
        int reserved = Short.toUnsignedInt(boot.getShort(14));
        int fats = Byte.toUnsignedInt(boot.get(16));
        int rootEntries = Short.toUnsignedInt(boot.getShort(17));
        int sectorsPerFat = Short.toUnsignedInt(boot.getShort(22));
        long offset = volume + (long) (reserved + fats * sectorsPerFat) * bytesPerSector;
        return new Location(offset, rootEntries * DirEntry.SIZE);
    }

    private static boolean isFat16BootSector(ByteBuffer boot) {
        String type = new String(boot.array(), 54, 3, StandardCharsets.US_ASCII);
        return (boot.get(510) & 0xFF) == 0x55 && (boot.get(511) & 0xFF) == 0xAA && type.equals("FAT");
    }

    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("image ends before byte " + (offset + length));
            }
        }
        return buffer.array();
    }
}
