package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.volume.VolumePath;

/**
 * An entry found by path, with the directory that holds it.
 *
 * @param path   the path it was found under
 * @param parent the directory holding the entry
 * @param record the entry
 */
public record Located(VolumePath path, Directory parent, DirectoryRecord record) {

    public boolean isDirectory() {
        return record.entry().isDirectory();
    }
}
