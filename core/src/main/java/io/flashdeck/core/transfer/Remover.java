package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;
import java.util.List;

/** Deletes files and, when asked, whole directory trees (contents first). */
public final class Remover {

    private Remover() {
    }

    /**
     * Deletes {@code target}; a directory only with {@code recursive}, and never the volume root.
     * A failure part way leaves the rest of the tree in place.
     */
    public static void remove(Endpoint target, boolean recursive) throws IOException {
        if (target.path().isRoot()) {
            throw TransferErrors.volumeRoot(target.path(), "remove");
        }
        FileEntry entry = target.stat();
        if (entry.isDirectory() && !recursive) {
            throw TransferErrors.isDirectory(target.path());
        }
        List<FileEntry> entries = TreeWalker.entries(target.volume(), entry);
        for (int i = entries.size() - 1; i >= 0; i--) {
            target.volume().delete(entries.get(i).path());
        }
    }
}
