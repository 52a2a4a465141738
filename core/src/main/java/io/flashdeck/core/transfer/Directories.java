package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/** Directory helpers written once against {@link Volume}. */
public final class Directories {

    private Directories() {
    }

    /** Creates {@code path} and any missing parents, like {@code mkdir -p}; fine when it exists. */
    public static void makeAll(Volume volume, VolumePath path) throws IOException {
        VolumePath current = VolumePath.ROOT;
        for (String name : path.names()) {
            current = current.resolve(name);
            Optional<FileEntry> existing = volume.find(current);
            if (existing.isEmpty()) {
                try {
                    volume.mkdir(current);
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    existing = volume.find(current);
                }
            }
            if (existing.isPresent() && !existing.get().isDirectory()) {
                throw new NotDirectoryException(current.toString());
            }
        }
    }
}
