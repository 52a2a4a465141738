package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryListing;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.dir.SlotProblem;
import io.flashdeck.core.fat.tree.DirectoryLocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of one directory's slots: ignored long names, {@code .} and {@code ..}, invalid entries,
 * entries after the end mark, bad 8.3 names and names used twice.
 */
final class DirectoryChecks {

    private static final int DELETED = 0xE5;
    private static final int ATTRIBUTE_BITS = 0x3F;
    private static final int NO_SHORT_NAME_FLAG = 0x20;
    private static final String BAD_SHORT_NAME_CHARACTERS = "*?<>|\"\\/:.";

    private final FatFileSystem fs;
    private final DirectoryLocation location;
    private final String path;
    private final List<Problem> problems;

    DirectoryChecks(FatFileSystem fs, DirectoryLocation location, String path, List<Problem> problems) {
        this.fs = fs;
        this.location = location;
        this.path = path;
        this.problems = problems;
    }

    static boolean isDotEntry(DirectoryRecord record) {
        ShortName name = record.entry().shortName();
        return name.isDot() || name.isDotDot();
    }

    /** Long-name slots the scanner had to ignore; repaired by marking them deleted. */
    void longNames(DirectoryListing listing) {
        for (SlotProblem slots : listing.problems()) {
            ProblemKind kind = switch (slots.kind()) {
                case ORPHAN_LONG_NAME -> ProblemKind.ORPHAN_LONG_NAME;
                case BAD_CHECKSUM -> ProblemKind.BAD_LONG_NAME_CHECKSUM;
                case BAD_SEQUENCE -> ProblemKind.BAD_LONG_NAME_SEQUENCE;
            };
            int last = slots.firstSlot() + slots.slotCount() - 1;
            String range = slots.slotCount() == 1 ? "slot " + last : "slots " + slots.firstSlot() + " to " + last;
            problems.add(new Problem(kind, path, 0, "long-name " + range + " of this directory "
                    + (slots.slotCount() == 1 ? "is" : "are") + " ignored: " + slots.detail(),
                    EntryRepairs.deleteSlots(location, slots.firstSlot(), slots.slotCount(), path)));
        }
    }

    /**
     * A subdirectory starts with {@code .} naming itself and {@code ..} naming its parent (0 for
     * the root, even on FAT32); dot entries anywhere else, and in the root, are strays.
     */
    void dotEntries(DirectoryListing listing, long expectedDotDot) {
        if (!location.isRoot()) {
            String dot = dotProblem(listing, 0, ShortName.DOT, location.firstCluster());
            String dotDot = dotProblem(listing, 1, ShortName.DOTDOT, expectedDotDot);
            if (dot != null || dotDot != null) {
                String both = dot == null ? dotDot : dotDot == null ? dot : dot + "; " + dotDot;
                problems.add(new Problem(ProblemKind.INVALID_DOT_ENTRIES, path, location.firstCluster(), both,
                        new DotEntryRepair(location, expectedDotDot, path)));
            }
        }
        int firstStraySlot = location.isRoot() ? 0 : 2;
        for (DirectoryRecord record : listing.entries()) {
            if (isDotEntry(record) && record.shortSlot() >= firstStraySlot) {
                problems.add(new Problem(ProblemKind.INVALID_DOT_ENTRIES, path, 0, "slot " + record.shortSlot()
                        + " holds a stray \"" + record.entry().shortName().toString().strip() + "\" entry",
                        EntryRepairs.deleteSlots(location, record.firstSlot(), record.slotCount(), path)));
            }
        }
    }

    /**
     * Slots holding neither a file, a directory nor a proper volume label: the volume-label bit
     * among other attributes (often a long-name slot with a damaged attribute byte), or a label
     * outside the root. FatFs and fsck.fat read them differently; they are marked deleted.
     */
    void invalidEntries(byte[] bytes, int endSlot) {
        for (int slot = 0; slot < endSlot; slot++) {
            int offset = slot * DirEntry.SIZE;
            int attributes = bytes[offset + 11] & ATTRIBUTE_BITS;
            if ((bytes[offset] & 0xFF) == DELETED || attributes == DirEntry.ATTR_LONG_NAME
                    || (attributes & DirEntry.ATTR_VOLUME_ID) == 0) {
                continue;
            }
            boolean label = (attributes & ~DirEntry.ATTR_ARCHIVE) == DirEntry.ATTR_VOLUME_ID;
            if (!label || !location.isRoot()) {
                String what = label ? "a volume label outside the root directory"
                        : String.format("an entry whose attributes 0x%02X combine the volume-label bit with others", attributes);
                problems.add(new Problem(ProblemKind.INVALID_ENTRY, path, 0, "slot " + slot + " holds " + what,
                        EntryRepairs.deleteSlots(location, slot, 1, path)));
            } else {
                DirEntry entry = DirEntry.parse(bytes, offset);
                if (entry.firstCluster() != 0 || entry.size() != 0) {
                    problems.add(new Problem(ProblemKind.INVALID_ENTRY, path, 0, "the volume label in slot " + slot
                            + " names cluster " + Integer.toUnsignedLong(entry.firstCluster()) + " and size " + entry.size()
                            + " (fsck.fat takes them for a file's)", EntryRepairs.clearLabelFields(location, slot, path)));
                }
            }
        }
    }

    /**
     * Entries after the end mark: FatFs and FlashDeck stop reading at the end mark, fsck.fat reads
     * on, and FatFs would expose them by writing a new entry over the end mark. They are cleared.
     */
    void entriesAfterEnd(byte[] bytes, int endSlot) {
        int slots = bytes.length / DirEntry.SIZE;
        int last = -1;
        int count = 0;
        for (int slot = endSlot + 1; slot < slots; slot++) {
            int first = bytes[slot * DirEntry.SIZE] & 0xFF;
            if (first != 0 && first != DELETED) {
                last = slot;
                count++;
            }
        }
        if (count > 0) {
            int lastStale = last;
            problems.add(new Problem(ProblemKind.ENTRIES_AFTER_END, path, 0, count + (count == 1 ? " slot" : " slots")
                    + " after the end mark in slot " + endSlot + " hold entries, hidden from FatFs but read by fsck.fat",
                    session -> {
                        session.markSlots(location, endSlot + 1, lastStale - endSlot, 0);
                        return "cleared slots " + (endSlot + 1) + " to " + lastStale + " of " + path;
                    }));
        }
    }

    /**
     * 8.3 names with characters FAT does not allow there (control characters, DEL, {@code *?<>|"\/:.})
     * or a leading space, or flagged as missing without a long name to stand in, as fsck.fat judges
     * them; such entries are renamed. Returns their slots.
     */
    Set<Integer> badShortNames(DirectoryListing listing) {
        Set<Integer> renamed = new HashSet<>();
        for (DirectoryRecord record : listing.entries()) {
            if (!isDotEntry(record) && isBadShortName(record)) {
                String childPath = childPath(record);
                problems.add(new Problem(ProblemKind.BAD_SHORT_NAME, childPath, 0, "its 8.3 name \""
                        + record.entry().shortName() + "\" holds characters FAT does not allow",
                        EntryRepairs.rename(siteOf(record, childPath))));
                renamed.add(record.shortSlot());
            }
        }
        return renamed;
    }

    /** Two entries answering to one name: the later one is renamed (entries renamed anyway are left out). */
    void duplicates(DirectoryListing listing, Set<Integer> renamed) {
        Map<ShortName, DirectoryRecord> shortNames = new HashMap<>();
        Map<String, DirectoryRecord> shownNames = new HashMap<>();
        for (DirectoryRecord record : listing.entries()) {
            if (isDotEntry(record) || renamed.contains(record.shortSlot())) {
                continue;
            }
            DirectoryRecord sameShort = shortNames.putIfAbsent(record.entry().shortName(), record);
            DirectoryRecord sameShown = shownNames.putIfAbsent(foldCase(record.displayName()), record);
            Optional<DirectoryRecord> first = Optional.ofNullable(sameShort != null ? sameShort : sameShown);
            if (first.isPresent()) {
                String childPath = childPath(record);
                String what = sameShort != null ? "the 8.3 name \"" + record.entry().shortName().toString().strip() + "\""
                        : "its name (ignoring case)";
                problems.add(new Problem(ProblemKind.DUPLICATE_NAME, childPath, 0, "shares " + what
                        + " with the entry in slot " + first.get().shortSlot() + " of the same directory",
                        EntryRepairs.rename(siteOf(record, childPath))));
            }
        }
    }

    private String dotProblem(DirectoryListing listing, int slot, ShortName name, long expectedCluster) {
        String shown = "\"" + name.toString().strip() + "\"";
        Optional<DirectoryRecord> record = listing.entries().stream().filter(r -> r.shortSlot() == slot).findFirst();
        if (record.isEmpty() || record.get().firstSlot() != slot || !record.get().entry().shortName().equals(name)) {
            return shown + " is missing from slot " + slot;
        }
        DirEntry entry = record.get().entry();
        if (!entry.isDirectory()) {
            return shown + " lacks the directory attribute";
        }
        if ((entry.ntCase() & NO_SHORT_NAME_FLAG) != 0) {
            return shown + " carries the flag for entries without an 8.3 name";
        }
        long cluster = fs.directories().firstCluster(entry);
        if (cluster != expectedCluster) {
            return shown + " names cluster " + cluster + " instead of " + expectedCluster;
        }
        return null;
    }

    /**
     * As fsck.fat 4.2 judges: an entry flagged as having no 8.3 name (a patched-Linux NT-byte bit)
     * needs a long name, and then its 8.3 bytes do not count.
     */
    private static boolean isBadShortName(DirectoryRecord record) {
        if ((record.entry().ntCase() & NO_SHORT_NAME_FLAG) != 0) {
            return record.longName() == null;
        }
        byte[] name = record.entry().shortName().bytes();
        if (name[0] == ' ') {
            return true;
        }
        for (byte b : name) {
            int c = b & 0xFF;
            if (c < 0x20 || c == 0x7F || BAD_SHORT_NAME_CHARACTERS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private String childPath(DirectoryRecord record) {
        return (path.equals("/") ? "/" : path + "/") + record.displayName();
    }

    private EntrySite siteOf(DirectoryRecord record, String childPath) {
        return new EntrySite(location, record.shortSlot(), record.entry().shortName(), childPath);
    }

    /** FAT's case-insensitive form of a name: each UTF-16 unit upper-cased, as FatFs compares. */
    private static String foldCase(String name) {
        char[] units = name.toCharArray();
        for (int i = 0; i < units.length; i++) {
            units[i] = Character.toUpperCase(units[i]);
        }
        return new String(units);
    }
}
