package io.flashdeck.app.gui.browser;

import io.flashdeck.core.volume.FileEntry;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;

/**
 * The folder row a drag is over in one pane: a drop there goes into that folder, and the row shows
 * it with the {@code :drop-target} pseudo-class. FX thread.
 */
final class DropRow {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private TableRow<?> marked;

    /** The folder whose row holds {@code picked}; empty over a file, the header or below the rows. */
    static Optional<FileEntry> folderAt(Node picked) {
        return FileTable.rowAt(picked).filter(row -> !row.isEmpty()).map(TableRow::getItem)
                .filter(item -> item instanceof FileEntry entry && entry.isDirectory()).map(FileEntry.class::cast);
    }

    /** Marks the folder row holding {@code picked}, or none when {@code picked} is null or elsewhere. */
    void mark(Node picked) {
        TableRow<?> row = picked == null || folderAt(picked).isEmpty() ? null : FileTable.rowAt(picked).orElseThrow();
        if (row == marked) {
            return;
        }
        if (marked != null) {
            marked.pseudoClassStateChanged(DROP_TARGET, false);
        }
        marked = row;
        if (row != null) {
            row.pseudoClassStateChanged(DROP_TARGET, true);
        }
    }
}
