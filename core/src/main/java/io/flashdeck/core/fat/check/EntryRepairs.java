package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameRules;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.DirectoryImage;
import io.flashdeck.core.fat.tree.DirectoryLocation;
import io.flashdeck.core.fat.tree.EntryName;
import io.flashdeck.core.transfer.FreeNames;

import java.io.IOException;

/** Repairs of directory entries and slots. */
final class EntryRepairs {

    /** Numbers tried for a free name before giving up. */
    private static final int MAX_NUMBER = 9999;

    private EntryRepairs() {
    }

    /** Marks ignored slots deleted, so no reader trips over them. */
    static Repair deleteSlots(DirectoryLocation location, int first, int count, String path) {
        return session -> {
            session.deleteSlots(location, first, count);
            return "marked " + (count == 1 ? "slot " + first : "slots " + first + " to " + (first + count - 1))
                    + " of " + path + " deleted";
        };
    }

    /** Zeroes the cluster and size fields of the volume label in {@code slot}, keeping the label. */
    static Repair clearLabelFields(DirectoryLocation location, int slot, String path) {
        return session -> {
            DirectoryImage image = session.fs().directories().read(location);
            DirEntry label = DirEntry.parse(image.bytes(), slot * DirEntry.SIZE);
            label.setFirstCluster(0);
            label.setSize(0);
            label.encode(image.bytes(), slot * DirEntry.SIZE);
            session.fs().directories().writeSlots(image, slot, 1);
            return "cleared the cluster and size of the volume label in slot " + slot + " of " + path;
        };
    }

    static Repair zeroSize(EntrySite site) {
        return session -> {
            session.updateEntry(site, entry -> entry.setSize(0));
            return "set the size of directory " + site.path() + " to 0";
        };
    }

    /**
     * Gives the entry at {@code site} a free name, {@code "name (2).ext"} and so on: the new
     * entry is written before the old one goes, so a power cut may leave both, never neither.
     */
    static Repair rename(EntrySite site) {
        return session -> {
            RepairSession.Found found = session.find(site);
            Directory directory = found.directory();
            DirectoryRecord record = found.record();
            String stored = record.longName() != null ? record.longName() : record.displayName();
            String base = isValid(FreeNames.numbered(stored, MAX_NUMBER)) ? stored : "renamed";
            String newName = freeName(directory, base);
            EntryName name = directory.nameFor(newName);
            DirEntry entry = directory.entryOf(record);
            directory.add(name, entry);
            directory.remove(record);
            return "renamed " + site.path() + " to \"" + DisplayNames.fromLongName(newName) + "\"";
        };
    }

    private static String freeName(Directory directory, String base) throws IOException {
        for (int n = 2; n <= MAX_NUMBER; n++) {
            String candidate = FreeNames.numbered(base, n);
            if (directory.find(DisplayNames.fromLongName(candidate)).isEmpty()
                    && directory.find(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IOException("no free name is left for \"" + base + "\"");
    }

    private static boolean isValid(String storedName) {
        try {
            NameRules.validate(storedName, NameStyle.UNICODE);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
