package io.flashdeck.core.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;

/** Hand-made partition-table bytes for the cases no tool will write: loops, sector 0, bad CRCs. */
public final class DiskBytes {

    private DiskBytes() {
    }

    /** Writes an MBR/EBR slot (0-3) into the 512-byte sector at {@code sectorOffset} of {@code disk}. */
    public static void mbrEntry(byte[] disk, long sectorOffset, int slot, int status, int type, long start, long count) {
        ByteBuffer b = ByteBuffer.wrap(disk).order(ByteOrder.LITTLE_ENDIAN);
        int at = (int) sectorOffset + 446 + 16 * slot;
        b.put(at, (byte) status);
        b.put(at + 4, (byte) type);
        b.putInt(at + 8, (int) start);
        b.putInt(at + 12, (int) count);
        b.put((int) sectorOffset + 510, (byte) 0x55);
        b.put((int) sectorOffset + 511, (byte) 0xAA);
    }

    /** Recomputes a GPT header's CRC after a test changed it (header at {@code headerOffset}). */
    public static void fixGptHeaderCrc(byte[] disk, int headerOffset) {
        ByteBuffer b = ByteBuffer.wrap(disk).order(ByteOrder.LITTLE_ENDIAN);
        int size = b.getInt(headerOffset + 12);
        int length = size < 92 || size > 512 ? 92 : size;
        b.putInt(headerOffset + 16, 0);
        b.putInt(headerOffset + 16, crc(disk, headerOffset, length));
    }

    /** Recomputes the entry-array CRC stored in the header at {@code headerOffset} (array bounded to the disk). */
    public static void fixGptArrayCrc(byte[] disk, int headerOffset) {
        ByteBuffer b = ByteBuffer.wrap(disk).order(ByteOrder.LITTLE_ENDIAN);
        long arrayOffset = b.getLong(headerOffset + 72) * 512;
        long length = Integer.toUnsignedLong(b.getInt(headerOffset + 80)) * Integer.toUnsignedLong(b.getInt(headerOffset + 84));
        if (arrayOffset >= 0 && arrayOffset + length <= disk.length && length >= 0) {
            b.putInt(headerOffset + 88, crc(disk, (int) arrayOffset, (int) length));
        }
        fixGptHeaderCrc(disk, headerOffset);
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
