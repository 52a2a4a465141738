package io.flashdeck.serial.emu;

import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A byte path resolved as MicroPython's VFS and FatFs resolve it: the first name picks the mount
 * ({@code /} alone is the virtual root), the rest are FAT names separated by {@code /} or
 * {@code \}, each found by {@link FatNames#matches}. Entries found are addressed in the engine by
 * their 8.3 names, which are unique in a directory.
 */
final class FatPath {

    /** An existing entry: the engine's path to it and its directory record. */
    record Found(VolumePath path, DirectoryRecord record) {
    }

    private final Mount mount;
    private final List<byte[]> names;

    private FatPath(Mount mount, List<byte[]> names) {
        this.mount = mount;
        this.names = names;
    }

    /** Resolves {@code path}; a relative path starts at the working directory ({@code /sdcard}, else {@code /flash}). */
    static FatPath of(CameraStorage storage, byte[] path) throws PyException {
        List<byte[]> parts = split(path);
        if (path.length == 0 || path[0] != '/') {
            Mount cwd = storage.mountAt(CameraStorage.SDCARD).orElse(storage.mounts().get(0));
            return new FatPath(cwd, parts);
        }
        if (parts.isEmpty()) {
            return new FatPath(null, parts);
        }
        String first = "/" + new String(parts.get(0), StandardCharsets.ISO_8859_1);
        Mount mount = storage.mountAt(first).orElseThrow(() -> PyException.os("ENOENT"));
        return new FatPath(mount, parts.subList(1, parts.size()));
    }

    boolean isVirtualRoot() {
        return mount == null;
    }

    boolean isMountRoot() {
        return mount != null && names.isEmpty();
    }

    /** The mount holding the path (null for the virtual root). */
    Mount mount() {
        return mount;
    }

    FatVolume volume() {
        return mount.volume();
    }

    /** The existing entry the path names; {@code ENOENT} when there is none. */
    Found locate() throws PyException {
        return find().orElseThrow(() -> PyException.os("ENOENT"));
    }

    /** The entry the path names, if it exists; {@code ENOENT} when its parent directory does not. */
    Optional<Found> find() throws PyException {
        VolumePath parent = walk(names.subList(0, names.size() - 1));
        return child(parent, names.get(names.size() - 1));
    }

    /** The directory the path names, in the engine's terms. */
    VolumePath directory() throws PyException {
        return isMountRoot() ? VolumePath.ROOT : walk(names);
    }

    /** The entries of {@code directory}, dots excluded. */
    List<DirectoryRecord> entries(VolumePath directory) throws PyException {
        return listing(directory).entries();
    }

    private Directory listing(VolumePath directory) throws PyException {
        try {
            return volume().fileSystem().resolver().directory(directory);
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
    }

    /** Where a new entry of this name goes; {@code EEXIST} when the name is taken. */
    VolumePath newEntry() throws PyException {
        if (find().isPresent()) {
            throw PyException.os("EEXIST");
        }
        return newName();
    }

    /** The engine's path for this name created in its (existing) parent directory. */
    VolumePath newName() throws PyException {
        VolumePath parent = walk(names.subList(0, names.size() - 1));
        return parent.resolve(FatNames.newLongName(names.get(names.size() - 1)));
    }

    /** Follows directories; {@code ENOENT} when one is missing or is a file (FatFs's "no path"). */
    private VolumePath walk(List<byte[]> directories) throws PyException {
        VolumePath at = VolumePath.ROOT;
        for (byte[] name : directories) {
            Found found = child(at, name).orElseThrow(() -> PyException.os("ENOENT"));
            if (!found.record().entry().isDirectory()) {
                throw PyException.os("ENOENT");
            }
            at = found.path();
        }
        return at;
    }

    /**
     * The entry {@code name} finds in {@code directory}: looked up in the directory's index, and
     * only where that cannot be sure (a name beyond ASCII, or names repeated in a damaged
     * directory) by comparing every entry, as FatFs does.
     */
    private Optional<Found> child(VolumePath directory, byte[] name) throws PyException {
        Directory listing = listing(directory);
        Optional<DirectoryRecord> candidate = listing.find(FatNames.lookupName(name));
        if (candidate.isPresent() && FatNames.matches(candidate.get(), name)) {
            return Optional.of(found(directory, candidate.get()));
        }
        if (candidate.isEmpty() && DisplayNames.isAscii(name)) {
            return Optional.empty();
        }
        for (DirectoryRecord record : listing.entries()) {
            if (FatNames.matches(record, name)) {
                return Optional.of(found(directory, record));
            }
        }
        return Optional.empty();
    }

    private static Found found(VolumePath directory, DirectoryRecord record) throws PyException {
        try {
            return new Found(directory.resolve(FatNames.elementOf(record)), record);
        } catch (IllegalArgumentException e) {
            throw PyException.os("EIO"); // a damaged 8.3 name no path can hold
        }
    }

    /** The names of {@code path}; FatFs takes a control character for the end of the path. */
    private static List<byte[]> split(byte[] path) {
        int length = 0;
        while (length < path.length && (path[length] & 0xFF) >= 0x20) {
            length++;
        }
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || path[i] == '/' || path[i] == '\\') {
                if (i > start) {
                    parts.add(Arrays.copyOfRange(path, start, i));
                }
                start = i + 1;
            }
        }
        return parts;
    }
}
