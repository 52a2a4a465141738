package io.flashdeck.core.host;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.LocalZone;
import io.flashdeck.core.volume.VolumePath;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;

/** Converts host attributes to entries; volumes speak local time (as FAT does), hosts speak instants. */
final class HostAttributes {

    private HostAttributes() {
    }

    static FileEntry entry(VolumePath path, BasicFileAttributes attributes) {
        boolean directory = attributes.isDirectory();
        return new FileEntry(path, directory ? EntryType.DIRECTORY : EntryType.FILE,
                directory ? 0 : attributes.size(), localTime(attributes.lastModifiedTime()));
    }

    static LocalDateTime localTime(FileTime time) {
        return LocalZone.system().toLocal(time.toInstant());
    }

    static FileTime fileTime(LocalDateTime time) {
        return FileTime.from(LocalZone.system().toInstant(time));
    }
}
