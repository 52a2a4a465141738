package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.DirectoryImage;
import io.flashdeck.core.fat.tree.DirectoryLocation;
import io.flashdeck.core.fat.tree.EntryName;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites the {@code .} and {@code ..} entries of a directory in its first two slots. Entries
 * found there are moved further down first, written before the slots are overwritten, so a power
 * cut may leave such an entry twice but never loses it.
 */
final class DotEntryRepair implements Repair {

    private static final int DELETED = 0xE5;
    private static final int DOT_SLOTS = 2;

    private final DirectoryLocation location;
    private final long dotDotCluster;
    private final String path;

    DotEntryRepair(DirectoryLocation location, long dotDotCluster, String path) {
        this.location = location;
        this.dotDotCluster = dotDotCluster;
        this.path = path;
    }

    @Override
    public String apply(RepairSession session) throws IOException {
        Directory directory = session.directory(location);
        DirectoryImage image = directory.image();
        if (image.slotCount() < DOT_SLOTS) {
            throw new IOException(path + ": the directory is too small to hold \".\" and \"..\"");
        }
        List<DirectoryRecord> moving = image.listing().entries().stream()
                .filter(record -> record.firstSlot() < DOT_SLOTS && !DirectoryChecks.isDotEntry(record))
                .toList();
        List<EntryName> names = new ArrayList<>();
        List<DirEntry> entries = new ArrayList<>();
        for (DirectoryRecord record : moving) {
            names.add(nameOf(image.bytes(), record));
            entries.add(directory.entryOf(record));
        }
        int lastTouched = occupyDotSlots(image, moving);
        for (int i = 0; i < moving.size(); i++) {
            directory.add(names.get(i), entries.get(i));
        }
        session.fs().directories().writeSlots(directory.image(), 0, lastTouched + 1);
        return "rewrote \".\" and \"..\" of " + path + (moving.isEmpty() ? ""
                : " after moving " + moving.size() + (moving.size() == 1 ? " entry" : " entries") + " out of their slots");
    }

    /**
     * Puts the dot entries into the first two slots (in memory only), marks the rest of the moved
     * entries' slots deleted and keeps stale bytes after an end mark hidden; returns the last slot changed.
     */
    private int occupyDotSlots(DirectoryImage image, List<DirectoryRecord> moving) {
        byte[] bytes = image.bytes();
        boolean endedEarly = bytes[0] == 0 || bytes[DirEntry.SIZE] == 0;
        dotEntry(bytes, 0, ShortName.DOT, location.firstCluster()).encode(bytes, 0);
        dotEntry(bytes, 1, ShortName.DOTDOT, dotDotCluster).encode(bytes, DirEntry.SIZE);
        int lastTouched = DOT_SLOTS - 1;
        for (DirectoryRecord record : moving) {
            for (int slot = DOT_SLOTS; slot <= record.shortSlot(); slot++) {
                bytes[slot * DirEntry.SIZE] = (byte) DELETED;
            }
            lastTouched = Math.max(lastTouched, record.shortSlot());
        }
        if (endedEarly && image.slotCount() > DOT_SLOTS && bytes[DOT_SLOTS * DirEntry.SIZE] != 0) {
            bytes[DOT_SLOTS * DirEntry.SIZE] = 0;
            lastTouched = Math.max(lastTouched, DOT_SLOTS);
        }
        return lastTouched;
    }

    /** The dot entry for {@code slot}, keeping the times of one already there. */
    private static DirEntry dotEntry(byte[] bytes, int slot, ShortName name, long cluster) {
        DirEntry existing = DirEntry.parse(bytes, slot * DirEntry.SIZE);
        DirEntry entry = existing.shortName().equals(name) ? existing : new DirEntry(name, DirEntry.ATTR_DIRECTORY);
        entry.setShortName(name);
        entry.setAttributes(DirEntry.ATTR_DIRECTORY);
        entry.setNtCase(0);
        entry.setFirstCluster((int) cluster);
        entry.setSize(0);
        return entry;
    }

    /** The names of an entry to move as they are: its 8.3 name, case flags and raw long-name slots. */
    private static EntryName nameOf(byte[] bytes, DirectoryRecord record) {
        List<byte[]> longSlots = new ArrayList<>();
        for (int slot = record.firstSlot(); slot < record.shortSlot(); slot++) {
            longSlots.add(Arrays.copyOfRange(bytes, slot * DirEntry.SIZE, (slot + 1) * DirEntry.SIZE));
        }
        return new EntryName(record.entry().shortName(), record.entry().ntCase(), longSlots);
    }
}
