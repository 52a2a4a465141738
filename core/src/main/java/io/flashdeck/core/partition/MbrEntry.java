package io.flashdeck.core.partition;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One 16-byte slot of an MBR or EBR partition table.
 *
 * @param status      0x80 for the active partition, 0x00 otherwise; anything else means the sector
 *                    does not hold a partition table
 * @param type        the system type byte, 0 for an unused slot
 * @param startLba    first sector, relative to the sector the table lives in (or to the extended
 *                    partition for EBR links); unsigned 32-bit
 * @param sectorCount number of sectors; unsigned 32-bit
 */
public record MbrEntry(int status, int type, long startLba, long sectorCount) {

    /** Offset of the first slot in sector 0. */
    public static final int TABLE_OFFSET = 446;
    public static final int SLOT_SIZE = 16;
    public static final int SLOTS = 4;

    /** The extended partition types (CHS, LBA, Linux) whose EBR chains hold logical partitions. */
    public static boolean isExtendedType(int type) {
        return type == 0x05 || type == 0x0F || type == 0x85;
    }

    /** Reads slot {@code slot} (0-3) of a 512-byte table sector. */
    public static MbrEntry parse(byte[] sector, int slot) {
        int at = TABLE_OFFSET + slot * SLOT_SIZE;
        ByteBuffer le = ByteBuffer.wrap(sector).order(ByteOrder.LITTLE_ENDIAN);
        return new MbrEntry(sector[at] & 0xFF, sector[at + 4] & 0xFF,
                Integer.toUnsignedLong(le.getInt(at + 8)), Integer.toUnsignedLong(le.getInt(at + 12)));
    }

    public boolean isUnused() {
        return type == 0 || sectorCount == 0;
    }

    public boolean isExtended() {
        return isExtendedType(type);
    }

    /** Writes this entry into slot {@code slot} of a table sector, with CHS fields for a 255-head, 63-sector disk. */
    public void writeTo(byte[] sector, int slot) {
        int at = TABLE_OFFSET + slot * SLOT_SIZE;
        sector[at] = (byte) status;
        writeChs(sector, at + 1, startLba);
        sector[at + 4] = (byte) type;
        writeChs(sector, at + 5, startLba + sectorCount - 1);
        ByteBuffer le = ByteBuffer.wrap(sector).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(at + 8, (int) startLba);
        le.putInt(at + 12, (int) sectorCount);
    }

    // CHS addresses only matter to ancient BIOSes; beyond cylinder 1023 the convention is 1023/254/63.
    private static void writeChs(byte[] sector, int at, long lba) {
        long cylinder = lba / (255 * 63);
        int head = (int) (lba / 63 % 255);
        int sectorNumber = (int) (lba % 63) + 1;
        if (cylinder > 1023) {
            cylinder = 1023;
            head = 254;
            sectorNumber = 63;
        }
        sector[at] = (byte) head;
        sector[at + 1] = (byte) (sectorNumber | (cylinder >> 2 & 0xC0));
        sector[at + 2] = (byte) cylinder;
    }
}
