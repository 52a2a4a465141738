package io.flashdeck.core.partition;

import io.flashdeck.core.block.BlockDevice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a GUID partition table: the header at sector 1 (or, when that one is damaged, the
 * backup in the last sector), its CRC-checked entry array, and every used entry.
 */
final class GptParser {

    private static final int NAME_OFFSET = 56;
    private static final int NAME_BYTES = 72;

    private GptParser() {
    }

    static PartitionTable parse(BlockDevice device, long deviceSectors) throws IOException {
        TableBuilder table = new TableBuilder(PartitionScheme.GPT, deviceSectors);
        Loaded loaded;
        try {
            loaded = load(device, 1, deviceSectors);
        } catch (GptHeader.InvalidGptException primaryProblem) {
            table.problem("the GPT header at sector 1 is unusable: " + primaryProblem.getMessage());
            try {
                loaded = load(device, deviceSectors - 1, deviceSectors);
                table.problem("using the backup GPT header in the last sector");
            } catch (GptHeader.InvalidGptException backupProblem) {
                table.problem("the backup GPT header in the last sector is unusable too: " + backupProblem.getMessage());
                return table.build("GPT partition table (damaged)");
            }
        }
        GptHeader header = loaded.header();
        if (Long.compareUnsigned(header.lastUsableLba(), deviceSectors) >= 0) {
            table.problem("the GPT was made for a larger disk (last usable sector "
                    + Long.toUnsignedString(header.lastUsableLba()) + ", the device has " + deviceSectors + ")");
        }
        addEntries(table, header, loaded.entries());
        return table.build("GPT partition table (disk " + header.diskGuid() + ")");
    }

    private static void addEntries(TableBuilder table, GptHeader header, byte[] entries) {
        ByteBuffer le = ByteBuffer.wrap(entries).order(ByteOrder.LITTLE_ENDIAN);
        for (int slot = 0; slot < header.entryCount(); slot++) {
            int at = slot * header.entrySize();
            if (le.getLong(at) == 0 && le.getLong(at + 8) == 0) {
                continue;
            }
            String name = new String(entries, at + NAME_OFFSET, NAME_BYTES, StandardCharsets.UTF_16LE);
            int end = name.indexOf('\0');
            table.add(slot + 1, GptHeader.guid(entries, at), le.getLong(at + 32), le.getLong(at + 40),
                    end < 0 ? name : name.substring(0, end));
        }
    }

    private static Loaded load(BlockDevice device, long lba, long deviceSectors)
            throws IOException, GptHeader.InvalidGptException {
        if (lba < 1 || lba >= deviceSectors) {
            throw new GptHeader.InvalidGptException("the device is too small to hold it");
        }
        int sectorSize = PartitionTableReader.SECTOR_SIZE;
        GptHeader header = GptHeader.parse(device.read(lba * sectorSize, sectorSize), lba, deviceSectors);
        byte[] entries = device.read(header.entriesLba() * sectorSize, header.arrayBytes());
        if (GptHeader.crc(entries, 0, entries.length) != header.entriesCrc()) {
            throw new GptHeader.InvalidGptException("partition entry array CRC32 mismatch");
        }
        return new Loaded(header, entries);
    }

    private record Loaded(GptHeader header, byte[] entries) {
    }
}
