package io.flashdeck.core.partition;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fields of a GPT header that locate and check the partition entry array, validated so that
 * nothing read from the disk can make FlashDeck read outside the device or allocate without bound.
 */
record GptHeader(long myLba, long firstUsableLba, long lastUsableLba, String diskGuid, long entriesLba,
                 int entryCount, int entrySize, int entriesCrc) {

    /** Real tables have 128 entries; more than this is damage, not a disk. */
    static final int MAX_ENTRIES = 4096;
    /** Largest entry array FlashDeck will read (the standard one is 16 KiB). */
    static final int MAX_ARRAY_BYTES = 1 << 20;

    private static final int MIN_HEADER_SIZE = 92;

    /** Parses the header read from {@code lba}; throws with the reason when it is unusable. */
    static GptHeader parse(byte[] sector, long lba, long deviceSectors) throws InvalidGptException {
        ByteBuffer le = ByteBuffer.wrap(sector).order(ByteOrder.LITTLE_ENDIAN);
        if (!new String(sector, 0, 8, StandardCharsets.ISO_8859_1).equals("EFI PART")) {
            throw new InvalidGptException("no \"EFI PART\" signature");
        }
        long headerSize = Integer.toUnsignedLong(le.getInt(12));
        if (headerSize < MIN_HEADER_SIZE || headerSize > sector.length) {
            throw new InvalidGptException("header size " + headerSize + " is out of range");
        }
        byte[] copy = sector.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 0);
        if (crc(copy, 0, (int) headerSize) != le.getInt(16)) {
            throw new InvalidGptException("header CRC32 mismatch");
        }
        if (le.getLong(24) != lba) {
            throw new InvalidGptException("it names itself sector " + Long.toUnsignedString(le.getLong(24)));
        }
        long entryCount = Integer.toUnsignedLong(le.getInt(80));
        long entrySize = Integer.toUnsignedLong(le.getInt(84));
        if (entrySize < 128 || entrySize % 8 != 0 || entryCount > MAX_ENTRIES || entryCount * entrySize > MAX_ARRAY_BYTES) {
            throw new InvalidGptException(entryCount + " entries of " + entrySize + " bytes is not a sane entry array");
        }
        long entriesLba = le.getLong(72);
        long arraySectors = (entryCount * entrySize + PartitionTableReader.SECTOR_SIZE - 1) / PartitionTableReader.SECTOR_SIZE;
        if (entriesLba < 2 || entriesLba > deviceSectors - arraySectors) {
            throw new InvalidGptException("the entry array at sector " + Long.toUnsignedString(entriesLba)
                    + " lies outside the device");
        }
        return new GptHeader(lba, le.getLong(40), le.getLong(48), guid(sector, 56), entriesLba, (int) entryCount,
                (int) entrySize, le.getInt(88));
    }

    int arrayBytes() {
        return entryCount * entrySize;
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** GUID text as tools print it: the first three groups are stored little-endian. */
    static String guid(byte[] bytes, int at) {
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder text = new StringBuilder(String.format("%08X-%04X-%04X-", le.getInt(at),
                le.getShort(at + 4), le.getShort(at + 6)));
        for (int i = 8; i < 16; i++) {
            text.append(String.format("%02X", bytes[at + i]));
            if (i == 9) {
                text.append('-');
            }
        }
        return text.toString();
    }

    /** Why a GPT header cannot be used; caught by the parser, which then tries the backup. */
    static final class InvalidGptException extends Exception {
        InvalidGptException(String reason) {
            super(reason);
        }
    }
}
