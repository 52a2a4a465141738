package io.flashdeck.core.fat.dir;

import io.flashdeck.core.fat.name.DisplayNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entries of a directory from its raw bytes. Long names are accepted only when
 * intact and tied to the short entry after them; anything else is reported and skipped, so
 * that the short entry stands alone. Any bytes at all give a listing: nothing here throws.
 */
public final class DirectoryScanner {

    private static final int END_MARK = 0x00;

    private final byte[] dir;
    private final List<DirectoryRecord> entries = new ArrayList<>();
    private final List<SlotProblem> problems = new ArrayList<>();
    private String volumeLabel;
    private LongNameRun run;

    private DirectoryScanner(byte[] dir) {
        this.dir = dir;
    }

    /** The entries of {@code directoryBytes}, read slot by slot up to the end mark. */
    public static DirectoryListing scan(byte[] directoryBytes) {
        return new DirectoryScanner(directoryBytes).scan();
    }

    private DirectoryListing scan() {
        int slots = dir.length / DirEntry.SIZE;
        for (int slot = 0; slot < slots; slot++) {
            int offset = slot * DirEntry.SIZE;
            int first = dir[offset] & 0xFF;
            if (first == END_MARK) {
                dropRun("the directory ends after them");
                return listing(slot);
            }
            if (first == ShortName.DELETED_MARK) {
                dropRun("a deleted entry follows them");
            } else if (DirEntry.isLongNameSlot(dir[offset + 11] & 0xFF)) {
                addLongNameSlot(slot, offset, first);
            } else {
                addShortEntry(slot, offset);
            }
        }
        dropRun("the directory ends after them");
        return listing(slots);
    }

    private void addLongNameSlot(int slot, int offset, int ordinal) {
        if (run != null && (ordinal & LongNameEntries.LAST_SLOT_FLAG) != 0) {
            dropRun("another long name starts after them");
        }
        if (run == null) {
            run = new LongNameRun(slot);
        }
        run.add(dir, offset);
    }

    private void addShortEntry(int slot, int offset) {
        DirEntry entry = DirEntry.parse(dir, offset);
        if (entry.isVolumeLabel()) {
            dropRun("the volume label follows them");
            if (volumeLabel == null) {
                volumeLabel = entry.shortName().toString().stripTrailing();
            }
            return;
        }
        String longName = null;
        int firstSlot = slot;
        if (run != null && dir[offset] == '.') {
            dropRun("a dot entry follows them, and dot entries have no long name");
        } else if (run != null) {
            longName = run.nameFor(entry.shortName().checksum());
            if (longName == null) {
                problems.add(run.problem());
            } else {
                firstSlot = run.firstSlot();
            }
            run = null;
        }
        String displayName = longName != null
                ? DisplayNames.fromLongName(longName)
                : entry.shortName().toDisplayName(entry.ntCase());
        entries.add(new DirectoryRecord(firstSlot, slot - firstSlot + 1, entry, longName, displayName));
    }

    /** Ends the pending long-name run, if any, as ignored. */
    private void dropRun(String orphanReason) {
        if (run != null) {
            run.orphan(orphanReason);
            problems.add(run.problem());
            run = null;
        }
    }

    private DirectoryListing listing(int endSlot) {
        return new DirectoryListing(entries, volumeLabel, problems, endSlot);
    }
}
