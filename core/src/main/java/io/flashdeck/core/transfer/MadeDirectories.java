package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another lookup that knows the target directories this copy made: nothing is inside them but
 * what the copy itself puts there, so what lies at a path in one is not asked of the target.
 * Extracting into a new folder then costs the host one look-up less per file.
 *
 * <p>Only a copy that replaces what it meets uses this: should a target fold two source names
 * into one (a case-insensitive file system), the second file replaces the first, as it would
 * have after a look-up too. A copy that walks its tree while files are copied makes directories
 * as its threads ask about files, so the set is a concurrent one.
 */
final class MadeDirectories implements TargetLookup {

    private final TargetLookup target;
    private final Set<VolumePath> made = ConcurrentHashMap.newKeySet();

    MadeDirectories(TargetLookup target) {
        this.target = target;
    }

    @Override
    public Optional<FileEntry> find(VolumePath path) throws IOException {
        return made.contains(path.parent()) ? Optional.empty() : target.find(path);
    }

    @Override
    public void added(FileEntry entry) {
        if (entry.isDirectory()) {
            made.add(entry.path());
        }
        target.added(entry);
    }
}
