package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.Damage;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumePath;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/** Finds directories and entries by path, one directory read per path element. */
public final class PathResolver {

    private final DirectoryStore store;
    /**
     * The directory found last: a copy opens the files of one directory one after another, and
     * each then finds its parent without walking the path from the root again.
     */
    private volatile Found last;

    private record Found(VolumePath path, long generation, DirectoryLocation location) {
    }

    public PathResolver(DirectoryStore store) {
        this.store = store;
    }

    /** The directory at {@code path}. */
    public Directory directory(VolumePath path) throws IOException {
        if (path.isRoot()) {
            return open(store.root(), path);
        }
        Found found = last;
        if (found != null && found.generation() == store.generation() && found.path().equals(path)) {
            return open(found.location(), path);
        }
        long generation = store.generation();
        Located located = locate(path);
        if (!located.isDirectory()) {
            throw new NotDirectoryException(path.toString());
        }
        Directory directory = directory(located);
        last = new Found(path, generation, directory.location());
        return directory;
    }

    /** The directory a located directory entry describes. */
    public Directory directory(Located located) throws IOException {
        return directory(located.record().entry(), located.path());
    }

    /** The directory {@code entry}, found at {@code path}, describes. */
    public Directory directory(DirEntry entry, VolumePath path) throws IOException {
        return open(store.locationOf(entry, path), path);
    }

    /** The entry at {@code path} (not the root, which has no entry). */
    public Located locate(VolumePath path) throws IOException {
        Optional<Located> found = find(path);
        if (found.isEmpty()) {
            throw new NoSuchFileException(path.toString());
        }
        return found.get();
    }

    /** The entry at {@code path}, or empty when its parent exists but it does not. */
    public Optional<Located> find(VolumePath path) throws IOException {
        if (path.isRoot()) {
            throw new IllegalArgumentException("the root directory has no entry");
        }
        Directory parent = directory(path.parent());
        Optional<DirectoryRecord> record = parent.find(path.name());
        return record.isPresent() ? Optional.of(new Located(path, parent, record.get())) : Optional.empty();
    }

    private Directory open(DirectoryLocation location, VolumePath path) throws IOException {
        try {
            return new Directory(store, store.read(location));
        } catch (CorruptVolumeException e) {
            throw Damage.in("directory " + path, e);
        }
    }
}
