package io.flashdeck.core.transfer;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers what exists on a target that moves many files per call (a camera) from one listing of
 * each directory, taken the first time the copy looks into it: there, a stat per file would cost
 * a round trip per file. A directory the copy created is known to be empty, and what the copy
 * writes is added, so the listings stay true for the copy's own later questions.
 *
 * <p>A listing answers only for names it shows exactly. A name it holds in another case, or one
 * that may be an 8.3 alias ({@code LONGFI~1.TXT}, which no listing shows), is left to the volume,
 * which knows whether it matches names ignoring case (FAT does) or not.
 */
final class TargetListings implements TargetLookup {

    private final Volume volume;
    private final Map<VolumePath, Listing> listings = new HashMap<>();

    TargetListings(Volume volume) {
        this.volume = volume;
    }

    @Override
    public Optional<FileEntry> find(VolumePath path) throws IOException {
        if (path.isRoot()) {
            return volume.find(path);
        }
        Optional<Listing> listing = listing(path.parent());
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        FileEntry exact = listing.get().byName.get(path.name());
        if (exact != null) {
            return Optional.of(exact);
        }
        return listing.get().mayMatch(path.name()) ? volume.find(path) : Optional.empty();
    }

    @Override
    public void added(FileEntry entry) {
        if (entry.isDirectory()) {
            listings.put(entry.path(), new Listing());
        }
        Listing parent = listings.get(entry.path().parent());
        if (parent != null) {
            parent.add(entry);
        }
    }

    /** The listing of {@code directory}, taken now if it was not yet; empty when it does not exist. */
    private Optional<Listing> listing(VolumePath directory) throws IOException {
        Listing listing = listings.get(directory);
        if (listing == null) {
            listing = new Listing();
            try {
                volume.list(directory).forEach(listing::add);
            } catch (NoSuchFileException missing) {
                return Optional.empty(); // not cached: the copy may yet create it, and then says so
            }
            listings.put(directory, listing);
        }
        return Optional.of(listing);
    }

    /** One directory's entries by exact name, and their names as FAT matches them. */
    private static final class Listing {

        private final Map<String, FileEntry> byName = new HashMap<>();
        private final Set<String> caseKeys = new HashSet<>();

        void add(FileEntry entry) {
            byName.put(entry.name(), entry);
            caseKeys.add(DisplayNames.caseKey(entry.name()));
        }

        /** Whether a name not listed exactly may still be one of these entries to the volume. */
        boolean mayMatch(String name) {
            return !byName.isEmpty() && (name.indexOf('~') >= 0 || caseKeys.contains(DisplayNames.caseKey(name)));
        }
    }
}
