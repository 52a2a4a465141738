package io.flashdeck.core.partition;

import io.flashdeck.core.block.BlockDevice;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a DOS partition table: the four primary slots of sector 0 and, for each extended
 * partition, the chain of EBRs holding the logical partitions, numbered 5 and up as Linux does.
 * The chain walk is bounded and stops at a loop.
 */
final class MbrParser {

    /** More logical partitions than any real disk has; a longer chain is damage. */
    static final int MAX_LOGICAL_PARTITIONS = 128;

    private final BlockDevice device;
    private final TableBuilder table;
    private final long deviceSectors;
    private int nextLogical = 5;
    private int ebrsRead;

    private MbrParser(BlockDevice device, long deviceSectors) {
        this.device = device;
        this.deviceSectors = deviceSectors;
        this.table = new TableBuilder(PartitionScheme.MBR, deviceSectors);
    }

    static PartitionTable parse(BlockDevice device, byte[] sector0, long deviceSectors) throws IOException {
        MbrParser parser = new MbrParser(device, deviceSectors);
        for (int slot = 0; slot < MbrEntry.SLOTS; slot++) {
            MbrEntry entry = MbrEntry.parse(sector0, slot);
            if (!entry.isUnused() && !entry.isExtended()) {
                parser.addData(slot + 1, entry, 0);
            }
        }
        for (int slot = 0; slot < MbrEntry.SLOTS; slot++) {
            MbrEntry entry = MbrEntry.parse(sector0, slot);
            if (!entry.isUnused() && entry.isExtended()) {
                parser.walkChain(slot + 1, entry);
            }
        }
        return parser.table.build("MBR partition table");
    }

    private void addData(int index, MbrEntry entry, long base) {
        long first = base + entry.startLba();
        String type = PartitionTypes.mbrTypeText(entry.type());
        if (base != 0 && entry.startLba() == 0) {
            table.problem("logical partition " + index + " starts at its own EBR (sector " + base + "); ignored");
            return;
        }
        table.add(index, type, first, first + entry.sectorCount() - 1, null);
    }

    private void walkChain(int index, MbrEntry extended) throws IOException {
        long start = extended.startLba();
        if (start == 0 || start >= deviceSectors) {
            table.problem("extended partition " + index + " starts at sector " + start
                    + ", where no EBR can be; its logical partitions are ignored");
            return;
        }
        Set<Long> visited = new HashSet<>();
        long ebr = start;
        while (true) {
            if (!visited.add(ebr)) {
                table.problem("the chain of logical partitions loops back to sector " + ebr + "; stopped there");
                return;
            }
            if (ebrsRead++ >= MAX_LOGICAL_PARTITIONS) {
                table.problem("more than " + MAX_LOGICAL_PARTITIONS + " EBRs in the chain of logical partitions; stopped");
                return;
            }
            if (ebr >= deviceSectors) {
                table.problem("an EBR link points to sector " + ebr + ", beyond the end of the device; stopped");
                return;
            }
            byte[] sector = device.read(ebr * PartitionTableReader.SECTOR_SIZE, PartitionTableReader.SECTOR_SIZE);
            if (!PartitionTableReader.hasSignature(sector)) {
                table.problem("the EBR at sector " + ebr + " has no 0x55AA signature; logical partitions stop there");
                return;
            }
            MbrEntry link = null;
            for (int slot = 0; slot < MbrEntry.SLOTS; slot++) {
                MbrEntry entry = MbrEntry.parse(sector, slot);
                if (entry.isUnused()) {
                    continue;
                }
                if (!entry.isExtended()) {
                    addData(nextLogical++, entry, ebr);
                } else if (link == null) {
                    link = entry;
                }
            }
            if (link == null) {
                return;
            }
            ebr = start + link.startLba();
        }
    }
}
