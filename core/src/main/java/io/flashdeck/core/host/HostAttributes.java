package io.flashdeck.core.host;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Converts host attributes to entries; volumes speak local time (as FAT does), hosts speak instants. */
final class HostAttributes {

    /**
     * The zone the JVM took from the system as it started, looked up once: asking again copies
     * the default time zone on every call, a tenth of the work of extracting a small file.
     */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private HostAttributes() {
    }

    static FileEntry entry(VolumePath path, BasicFileAttributes attributes) {
        boolean directory = attributes.isDirectory();
        return new FileEntry(path, directory ? EntryType.DIRECTORY : EntryType.FILE,
                directory ? 0 : attributes.size(), localTime(attributes.lastModifiedTime()));
    }

    static LocalDateTime localTime(FileTime time) {
        return LocalDateTime.ofInstant(time.toInstant(), ZONE);
    }

    static FileTime fileTime(LocalDateTime time) {
        return FileTime.from(time.atZone(ZONE).toInstant());
    }
}
