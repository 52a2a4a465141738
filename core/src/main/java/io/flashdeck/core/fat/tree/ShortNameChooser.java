package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.dir.LongNameEntries;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.dir.ShortNameBasis;
import io.flashdeck.core.fat.dir.ShortNames;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Picks the names of a new entry as FatFs does: the plain 8.3 form (with NT case flags, and no
 * long name when the 8.3 form says it all) unless characters were lost or it is taken, otherwise
 * the first free {@code ~n} name plus the long name.
 */
final class ShortNameChooser {

    private ShortNameChooser() {
    }

    /** The names for {@code storedLongName} in a directory whose 8.3 names are {@code taken}. */
    static EntryName choose(String storedLongName, Set<ShortName> taken) throws IOException {
        ShortNameBasis basis = ShortNames.basisFor(storedLongName);
        if (!basis.lossy() && !taken.contains(basis.name())) {
            return basis.needsLongName()
                    ? withLongName(basis.name(), storedLongName)
                    : new EntryName(basis.name(), basis.ntCaseFlags(), List.of());
        }
        // A directory holds at most 65536 names, so the search ends long before the limit.
        for (int n = 1; n <= ShortNames.MAX_SEQUENCE; n++) {
            ShortName candidate = ShortNames.numbered(basis, n, storedLongName);
            if (!taken.contains(candidate)) {
                return withLongName(candidate, storedLongName);
            }
        }
        throw new IOException("no free 8.3 name is left for \"" + storedLongName + "\"");
    }

    private static EntryName withLongName(ShortName shortName, String storedLongName) {
        return new EntryName(shortName, 0, LongNameEntries.encode(storedLongName, shortName.checksum()));
    }
}
