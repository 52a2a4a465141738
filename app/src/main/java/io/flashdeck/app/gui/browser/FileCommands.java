package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.properties.PropertiesDialog;
import io.flashdeck.app.gui.settings.Questions;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.Remover;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * What the user can do in a pane: the dialogs on the FX thread, the disk and device work on
 * worker threads, the failures to the notifier and the panes refreshed afterwards.
 */
public final class FileCommands {

    private final DualPane panes;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Questions questions;

    public FileCommands(DualPane panes, BackgroundTasks tasks, Notifier notifier, Questions questions) {
        this.questions = questions;
        this.panes = panes;
        this.tasks = tasks;
        this.notifier = notifier;
    }

    /** Enters the selected folder. */
    public void open(FilePaneView pane) {
        List<FileEntry> selected = pane.selectedEntries();
        if (selected.size() == 1) {
            pane.model().open(selected.get(0));
        }
    }

    /** Properties… of the one selected entry. */
    public void properties(FilePaneView pane) {
        Listing listing = pane.model().listing();
        new PropertiesDialog(tasks, notifier).show(pane.getScene().getWindow(), listing.place(), listing.volume(),
                pane.selectedEntries().get(0));
    }

    public void newFolder(FilePaneView pane) {
        Listing listing = pane.model().listing();
        Dialogs.askName(pane.getScene().getWindow(), "New folder",
                "New folder in " + listing.place().locationOf(listing.directory()), "New folder", false)
                .ifPresent(name -> change(pane, "create", name, listing.directory().resolve(name), name,
                        volume -> volume.mkdir(listing.directory().resolve(name))));
    }

    public void rename(FilePaneView pane) {
        FileEntry entry = pane.selectedEntries().get(0);
        Dialogs.askName(pane.getScene().getWindow(), "Rename", "Rename “" + entry.name() + "”", entry.name(),
                entry.isFile())
                .ifPresent(name -> change(pane, "rename", entry.name(), entry.path(), name,
                        volume -> volume.rename(entry.path(), entry.path().parent().resolve(name))));
    }

    /** Deletes the selection, folders with everything in them, after a confirmation. */
    public void delete(FilePaneView pane) {
        Listing listing = pane.model().listing();
        List<FileEntry> selected = pane.selectedEntries();
        String what = selected.size() == 1 ? "“" + selected.get(0).name() + "”" : selected.size() + " items";
        boolean folders = selected.stream().anyMatch(FileEntry::isDirectory);
        if (questions.beforeDelete() && !Dialogs.confirmOrStopAsking(pane.getScene().getWindow(), "Delete",
                "Delete " + what + " from " + listing.place().title() + "?",
                (folders ? "Folders are deleted with everything in them. " : "") + "This cannot be undone.",
                "Delete", questions.beforeDeleteProperty())) {
            return;
        }
        Volume volume = listing.volume();
        tasks.run(() -> {
            Map<FileEntry, Exception> failures = new LinkedHashMap<>();
            for (FileEntry entry : selected) {
                try {
                    Remover.remove(new Endpoint(volume, entry.path()), true);
                } catch (IOException | RuntimeException e) {
                    failures.put(entry, e); // the others are still deleted
                }
            }
            volume.flush();
            return failures;
        }, failures -> {
            failures.forEach((entry, e) -> notifier.failed("delete", entry.name(), entry.path(), e));
            panes.refreshAfterChange(pane, volume, null);
        }, e -> {
            notifier.failed("delete", what, null, e);
            panes.refreshAfterChange(pane, volume, null); // some may be gone
        });
    }

    /** Puts the locations of the selection, or of the directory shown, on the clipboard, one a line. */
    public void copyPath(FilePaneView pane) {
        Listing listing = pane.model().listing();
        List<FileEntry> selected = pane.selectedEntries();
        String text = selected.isEmpty() ? listing.place().locationOf(listing.directory())
                : selected.stream().map(entry -> listing.place().locationOf(entry.path()))
                        .collect(Collectors.joining("\n"));
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    /** One change to the pane's volume, then both panes refreshed with {@code select} selected. */
    private void change(FilePaneView pane, String verb, String what, VolumePath path, String select, Change change) {
        Volume volume = pane.model().listing().volume();
        tasks.run(() -> {
            change.apply(volume);
            volume.flush(); // the window stays open for hours: each change goes to the medium at once
            return select;
        }, name -> panes.refreshAfterChange(pane, volume, name), e -> {
            notifier.failed(verb, what, path, e);
            panes.refreshAfterChange(pane, volume, null); // the change may have happened before the flush failed
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(Volume volume) throws IOException;
    }
}
