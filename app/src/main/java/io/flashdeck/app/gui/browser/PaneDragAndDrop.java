package io.flashdeck.app.gui.browser;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.FileEntry;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop on the panes: a selection dragged from one pane and dropped on the other is copied
 * there; files and folders dropped from the desktop's file manager are uploaded into the pane's
 * folder; a selection of host files dragged out of a pane is offered to the desktop as those files.
 * Everything lands in the transfer queue through {@link PaneCopies}. Drops that no pane takes,
 * such as a disk image dropped beside the panes, are left to the window (it opens images).
 */
public final class PaneDragAndDrop {

    /** Names the pane a drag started in; the entries themselves are the pane's selection at that moment. */
    static final DataFormat PANE_SELECTION = new DataFormat("application/x-flashdeck-pane-selection");

    private final PaneCopies copies;
    private FilePaneView dragSource;
    private List<FileEntry> dragged = List.of();

    public PaneDragAndDrop(PaneCopies copies) {
        this.copies = copies;
    }

    public void install(FilePaneView pane) {
        pane.table().setOnDragDetected(event -> {
            List<FileEntry> selected = pane.selectedEntries();
            if (selected.isEmpty() || pane.model().listing() == null) {
                return;
            }
            dragSource = pane;
            dragged = selected;
            Dragboard board = pane.table().startDragAndDrop(TransferMode.COPY);
            board.setContent(content(pane, selected));
            event.consume();
        });
        pane.table().setOnDragDone(event -> {
            dragSource = null;
            dragged = List.of();
        });
        pane.table().setOnDragOver(event -> {
            if (accepts(pane, event)) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        pane.table().setOnDragDropped(event -> {
            boolean taken = accepts(pane, event) && drop(pane, event.getDragboard());
            event.setDropCompleted(taken);
            if (taken) {
                event.consume();
            }
        });
    }

    /**
     * Copies what {@code board} holds into the folder {@code pane} shows: the other pane's dragged
     * selection, or host files. The same path as a drop from the mouse.
     */
    public boolean drop(FilePaneView pane, Dragboard board) {
        if (board.hasContent(PANE_SELECTION) && dragSource != null) {
            copies.dropEntries(dragSource, dragged, pane);
            return true;
        }
        if (board.hasFiles()) {
            copies.dropHostFiles(board.getFiles().stream().map(File::toPath).toList(), pane);
            return true;
        }
        return false;
    }

    /** A writable pane takes host files and the other pane's selection; a pane never takes its own. */
    private boolean accepts(FilePaneView pane, DragEvent event) {
        Listing listing = pane.model().listing();
        if (listing == null || listing.volume().isReadOnly()) {
            return false;
        }
        Dragboard board = event.getDragboard();
        if (board.hasContent(PANE_SELECTION)) {
            return dragSource != null && dragSource != pane;
        }
        return board.hasFiles();
    }

    /** The pane's name for a drop on the other pane, and the files themselves when they are host files. */
    private ClipboardContent content(FilePaneView pane, List<FileEntry> selected) {
        ClipboardContent content = new ClipboardContent();
        content.putAll(Map.of(PANE_SELECTION, pane.model().name()));
        Listing listing = pane.model().listing();
        if (listing.volume() instanceof HostVolume) {
            content.putFiles(selected.stream()
                    .map(entry -> Path.of(listing.place().locationOf(entry.path())).toFile()).toList());
        }
        return content;
    }
}
