package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryListing;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.dir.SlotProblem;
import io.flashdeck.core.fat.tree.DirectoryLocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks of one directory's slots: ignored long names, {@code .} and {@code ..}, and names used twice. */
final class DirectoryChecks {

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
            problems.add(new Problem(kind, path, 0, "long-name " + range + " of this directory are ignored: "
                    + slots.detail(), EntryRepairs.deleteSlots(location, slots.firstSlot(), slots.slotCount(), path)));
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

    /** Two entries answering to one name: the later one is renamed. */
    void duplicates(DirectoryListing listing) {
        Map<ShortName, DirectoryRecord> shortNames = new HashMap<>();
        Map<String, DirectoryRecord> shownNames = new HashMap<>();
        for (DirectoryRecord record : listing.entries()) {
            if (isDotEntry(record)) {
                continue;
            }
            DirectoryRecord sameShort = shortNames.putIfAbsent(record.entry().shortName(), record);
            DirectoryRecord sameShown = shownNames.putIfAbsent(foldCase(record.displayName()), record);
            Optional<DirectoryRecord> first = Optional.ofNullable(sameShort != null ? sameShort : sameShown);
            if (first.isPresent()) {
                String childPath = (path.equals("/") ? "/" : path + "/") + record.displayName();
                String what = sameShort != null ? "the 8.3 name \"" + record.entry().shortName().toString().strip() + "\""
                        : "its name (ignoring case)";
                problems.add(new Problem(ProblemKind.DUPLICATE_NAME, childPath, 0, "shares " + what
                        + " with the entry in slot " + first.get().shortSlot() + " of the same directory",
                        EntryRepairs.rename(new EntrySite(location, record.shortSlot(), record.entry().shortName(), childPath))));
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
        long cluster = fs.directories().firstCluster(entry);
        if (cluster != expectedCluster) {
            return shown + " names cluster " + cluster + " instead of " + expectedCluster;
        }
        return null;
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
