package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.dir.DirectoryListing;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.name.DisplayNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A directory's entries by name, matched as FAT matches them: by long name, shown name or 8.3
 * name, ignoring case as {@link DisplayNames#equalsIgnoreCase} does.
 * Where names repeat (a damaged directory), the first entry in slot order wins, as a scan finds it.
 * Built once per scanned listing, so that opening each of many files in a directory does not
 * compare, and decode, every name in it again.
 */
final class NameIndex {

    private final Map<String, DirectoryRecord> byName = new HashMap<>();

    NameIndex(DirectoryListing listing) {
        for (DirectoryRecord record : listing.entries()) {
            ShortName shortName = record.entry().shortName();
            if (shortName.isDot() || shortName.isDotDot()) {
                continue;
            }
            // a name already added would only be folded again for nothing
            String display = record.displayName();
            add(display, record);
            if (record.longName() != null && !record.longName().equals(display)) {
                add(record.longName(), record);
            }
            String alias = shortName.toDisplayName(0);
            if (!alias.equals(display)) {
                add(alias, record);
            }
        }
    }

    /** The first entry answering to {@code name}. */
    Optional<DirectoryRecord> find(String name) {
        return Optional.ofNullable(byName.get(DisplayNames.caseKey(name)));
    }

    private void add(String name, DirectoryRecord record) {
        byName.putIfAbsent(DisplayNames.caseKey(name), record);
    }
}
