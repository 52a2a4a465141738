package io.flashdeck.core.fat;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.FatTimestamp;
import io.flashdeck.core.fat.dir.ShortName;

import java.time.LocalDateTime;
import java.util.function.Supplier;

/** Makes and touches short entries with the attributes and local timestamps FatFs gives them. */
final class EntryStamps {

    private final Supplier<LocalDateTime> clock;

    EntryStamps(Supplier<LocalDateTime> clock) {
        this.clock = clock;
    }

    LocalDateTime now() {
        return clock.get();
    }

    /** A new file entry: archive bit, created and accessed now, modified at {@code modified} (null: now). */
    DirEntry newFile(ShortName name, long firstCluster, long size, LocalDateTime modified) {
        LocalDateTime now = clock.get();
        DirEntry entry = new DirEntry(name, DirEntry.ATTR_ARCHIVE);
        entry.setCreated(now);
        entry.setAccessDate(FatTimestamp.encodeDate(now));
        entry.setModified(modified != null ? modified : now);
        entry.setFirstCluster((int) firstCluster);
        entry.setSize(size);
        return entry;
    }

    /** A directory entry (also used for {@code .} and {@code ..}) stamped now. */
    DirEntry newDirectory(ShortName name, long firstCluster) {
        LocalDateTime now = clock.get();
        DirEntry entry = new DirEntry(name, DirEntry.ATTR_DIRECTORY);
        entry.setCreated(now);
        entry.setAccessDate(FatTimestamp.encodeDate(now));
        entry.setModified(now);
        entry.setFirstCluster((int) firstCluster);
        return entry;
    }

    /** New content for an existing file: other attributes and the creation time stay as they were. */
    void rewrite(DirEntry entry, long firstCluster, long size, LocalDateTime modified) {
        LocalDateTime now = clock.get();
        entry.setAttributes(entry.attributes() | DirEntry.ATTR_ARCHIVE);
        entry.setAccessDate(FatTimestamp.encodeDate(now));
        entry.setModified(modified != null ? modified : now);
        entry.setFirstCluster((int) firstCluster);
        entry.setSize(size);
    }
}
