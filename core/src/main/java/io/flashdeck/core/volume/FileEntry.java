package io.flashdeck.core.volume;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a volume says about one file or directory.
 *
 * @param path     absolute path within the volume
 * @param type     file or directory
 * @param size     bytes for a file, 0 for a directory
 * @param modified local time of the last change (FAT keeps local time), or null when unknown
 */
public record FileEntry(VolumePath path, EntryType type, long size, LocalDateTime modified) {

    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
    }

    public String name() {
        return path.name();
    }

    public boolean isDirectory() {
        return type == EntryType.DIRECTORY;
    }

    public boolean isFile() {
        return type == EntryType.FILE;
    }
}
