package io.flashdeck.app.gui.editor;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.core.volume.Volume;
import java.util.function.Consumer;
import org.fxmisc.undo.UndoManager;

/**
 * Saves a tab back to where its file came from, on a worker thread. Before writing it asks the
 * medium whether the file is still what was loaded; if not, the user chooses between overwriting,
 * reloading and keeping the edits unsaved. What the user types while a save runs stays marked
 * unsaved: the mark goes to the point in the undo history where the saved text was taken.
 */
final class TabSaving {

    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Consumer<Volume> saved;

    /** @param saved told the volume after each save, so that panes showing it list it again */
    TabSaving(BackgroundTasks tasks, Notifier notifier, Consumer<Volume> saved) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.saved = saved;
    }

    /**
     * Saves {@code tab}, then runs {@code afterwards}; nothing runs when the save fails or is
     * cancelled. A tab without changes is not written again: a camera's flash wears with each write.
     */
    void save(EditorTab tab, Runnable afterwards) {
        if (tab.busyProperty().get() || !tab.area().isEditable()) {
            return;
        }
        if (!tab.isDirty()) {
            afterwards.run();
            return;
        }
        tab.busyProperty().set(true);
        tasks.run(() -> tab.file().changedMeanwhile(), changed -> {
            if (!changed) {
                write(tab, afterwards);
                return;
            }
            switch (EditorQuestions.askChanged(tab.getTabPane().getScene().getWindow(), tab.location())) {
                case OVERWRITE -> write(tab, afterwards);
                case RELOAD -> reload(tab);
                case CANCEL -> tab.busyProperty().set(false);
            }
        }, failure -> {
            tab.busyProperty().set(false);
            notifier.failed("save", tab.location(), tab.file().path(), failure);
        });
    }

    private void write(EditorTab tab, Runnable afterwards) {
        String text = tab.area().getText();
        UndoManager.UndoPosition position = tab.undo().getCurrentPosition();
        tasks.run(() -> {
            tab.file().save(text);
            return tab.file().volume();
        }, volume -> {
            tab.busyProperty().set(false);
            position.mark();
            saved.accept(volume);
            afterwards.run();
        }, failure -> {
            tab.busyProperty().set(false);
            notifier.failed("save", tab.location(), tab.file().path(), failure);
        });
    }

    /** Shows the file as it is on the medium now, dropping the edits. */
    void reload(EditorTab tab) {
        tab.busyProperty().set(true);
        tasks.run(() -> tab.file().load(), text -> {
            tab.busyProperty().set(false);
            tab.show(text);
        }, failure -> {
            tab.busyProperty().set(false);
            notifier.failed("reload", tab.location(), tab.file().path(), failure);
        });
    }
}
