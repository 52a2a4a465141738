package io.flashdeck.app.gui.browser;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop on the panes: a selection dragged from one pane and dropped on the other is copied
 * there; files and folders dropped from the desktop's file manager are uploaded. A drop on a folder
 * row goes into that folder (the row is highlighted while the drag is over it), anywhere else into
 * the folder the pane shows. A selection dragged out of a pane is offered to the desktop by
 * {@link PaneDragOut}. Everything lands in the transfer queue through {@link PaneCopies}. Drops that
 * no pane takes, such as a disk image dropped beside the panes, are left to the window (it opens images).
 */
public final class PaneDragAndDrop {

    /** Names the pane a drag started in; the entries themselves are the pane's selection at that moment. */
    static final DataFormat PANE_SELECTION = new DataFormat("application/x-flashdeck-pane-selection");

    private final PaneCopies copies;
    private final PaneDragOut dragOut;
    private final DropRow dropRow = new DropRow();
    private FilePaneView dragSource;
    private List<FileEntry> dragged = List.of();
    private boolean takenByPane;

    public PaneDragAndDrop(PaneCopies copies, PaneDragOut dragOut) {
        this.copies = copies;
        this.dragOut = dragOut;
    }

    /** Ends the background work of drags out of the window. */
    public void close() {
        dragOut.close();
    }

    public void install(FilePaneView pane) {
        pane.table().setOnDragDetected(event -> {
            List<FileEntry> selected = pane.selectedEntries();
            if (selected.isEmpty() || pane.model().listing() == null) {
                return;
            }
            dragSource = pane;
            dragged = selected;
            takenByPane = false;
            Dragboard board = pane.table().startDragAndDrop(TransferMode.COPY);
            board.setContent(content(pane, selected));
            event.consume();
        });
        pane.table().setOnDragDone(event -> {
            dragOut.ended(takenByPane);
            dragSource = null;
            dragged = List.of();
        });
        pane.table().setOnDragOver(event -> {
            boolean accepted = accepts(pane, event);
            hover(accepted ? picked(event) : null);
            if (accepted) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        pane.table().setOnDragExited(event -> hover(null));
        pane.table().setOnDragDropped(event -> {
            hover(null);
            boolean taken = accepts(pane, event) && drop(pane, event.getDragboard(), dropDirectory(pane, picked(event)));
            event.setDropCompleted(taken);
            if (taken) {
                event.consume();
            }
        });
    }

    /**
     * Copies what {@code board} holds into {@code directory} of {@code pane}'s volume: the other
     * pane's dragged selection, or host files. The same path as a drop from the mouse.
     */
    public boolean drop(FilePaneView pane, Dragboard board, VolumePath directory) {
        if (board.hasContent(PANE_SELECTION) && dragSource != null) {
            copies.dropEntries(dragSource, dragged, pane, directory);
            takenByPane = true;
            return true;
        }
        if (board.hasFiles()) {
            copies.dropHostFiles(board.getFiles().stream().map(File::toPath).toList(), pane, directory);
            return true;
        }
        return false;
    }

    /** Where a drop on {@code picked} in {@code pane} goes: the folder of its row, else the folder the pane shows. */
    public VolumePath dropDirectory(FilePaneView pane, Node picked) {
        return DropRow.folderAt(picked).map(FileEntry::path).orElse(pane.model().listing().directory());
    }

    /** Highlights the folder row holding {@code picked} as a drag over it does; null clears it. */
    public void hover(Node picked) {
        dropRow.mark(picked);
    }

    /** The drag out of a pane, for its handlers. */
    public PaneDragOut dragOut() {
        return dragOut;
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

    private static Node picked(DragEvent event) {
        return event.getPickResult().getIntersectedNode();
    }

    /** The pane's name for a drop on the other pane, and the files the desktop gets. */
    private ClipboardContent content(FilePaneView pane, List<FileEntry> selected) {
        ClipboardContent content = new ClipboardContent();
        content.putAll(Map.of(PANE_SELECTION, pane.model().name()));
        List<File> files = dragOut.offer(pane, selected);
        if (!files.isEmpty()) {
            content.putFiles(files);
        }
        return content;
    }
}
