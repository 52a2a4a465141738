package io.flashdeck.core.fat;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameRules;
import io.flashdeck.core.volume.VolumePath;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** What every change to a volume needs: the file system, the options, and the volume's name for messages. */
final class WriteContext {

    private final FatFileSystem fs;
    private final FatOptions options;
    private final String volumeName;
    private final EntryStamps stamps;

    WriteContext(FatFileSystem fs, FatOptions options, String volumeName) {
        this.fs = fs;
        this.options = options;
        this.volumeName = volumeName;
        this.stamps = new EntryStamps(options.clock());
    }

    FatFileSystem fs() {
        return fs;
    }

    EntryStamps stamps() {
        return stamps;
    }

    /** Refuses changes to a volume opened read-only. */
    void checkWritable() throws IOException {
        if (fs.isReadOnly()) {
            throw new AccessDeniedException(volumeName, null, "the volume is open read-only");
        }
    }

    /** The long name to store for the last name of {@code path}, after checking it is a valid FAT name. */
    String storedName(VolumePath path) throws IOException {
        try {
            NameRules.validate(path.name(), options.nameStyle());
        } catch (IllegalArgumentException e) {
            throw new FileSystemException(path.toString(), null, e.getMessage());
        }
        return DisplayNames.toLongName(path.name(), options.nameStyle());
    }

    /** Throws {@link io.flashdeck.core.volume.VolumeFullException} unless {@code clusters} clusters are free. */
    void requireClusters(long clusters) throws IOException {
        fs.allocator().require(clusters, fs.clusters().clusterBytes(), volumeName);
    }
}
