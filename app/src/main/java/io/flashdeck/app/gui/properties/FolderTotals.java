package io.flashdeck.app.gui.properties;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.transfer.TreeWalker;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;

/**
 * What a folder holds, everything below it counted.
 *
 * @param files   files at any depth
 * @param folders folders at any depth, the folder itself not counted
 * @param bytes   the files' sizes added up
 */
record FolderTotals(long files, long folders, long bytes) {

    /** Walks the whole tree below {@code folder}: worker threads only. */
    static FolderTotals of(Volume volume, FileEntry folder) throws IOException {
        long files = 0;
        long folders = 0;
        long bytes = 0;
        for (FileEntry entry : TreeWalker.entries(volume, folder)) {
            if (entry.isDirectory()) {
                folders++;
            } else {
                files++;
                bytes += entry.size();
            }
        }
        return new FolderTotals(files, Math.max(0, folders - 1), bytes);
    }

    /** "12 files in 3 folders, 1.2 MiB (1,234,567 bytes)" */
    String describe() {
        return String.format("%,d file%s in %,d folder%s, %s (%,d bytes)", files, files == 1 ? "" : "s", folders,
                folders == 1 ? "" : "s", ByteSizes.format(bytes), bytes);
    }
}
