package io.flashdeck.app.gui.editor;

import io.flashdeck.app.editor.EditedFile;
import io.flashdeck.app.editor.TextFileNames;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.core.volume.VolumePath;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * One open file: its text with line numbers (and Python colours for Python files), the find bar,
 * and whether it has changes not yet saved, shown as a dot before the name. A file on a volume
 * opened read-only is shown read-only.
 */
final class EditorTab extends Tab {

    /** Put before the name of a tab with unsaved changes. */
    static final String DIRTY_MARK = "• ";

    private final Place place;
    private final EditedFile file;
    private final CodeArea area = new CodeArea();
    private final FindBar findBar = new FindBar(area);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding dirty;

    EditorTab(Place place, EditedFile file, String text, Executor colouring) {
        this.place = place;
        this.file = file;
        String name = file.path().name();
        area.getStyleClass().add("editor-text");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        // Colours are not edits: only the text counts for undo and for the dirty mark.
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        area.setEditable(!file.volume().isReadOnly());
        show(text);
        if (TextFileNames.isPython(name)) {
            SyntaxColouring.attach(area, colouring);
        }
        dirty = Bindings.createBooleanBinding(() -> !area.getUndoManager().isAtMarkedPosition(),
                area.getUndoManager().atMarkedPositionProperty());
        textProperty().bind(Bindings.when(dirty).then(DIRTY_MARK + name).otherwise(name));
        setTooltip(new Tooltip(location()));
        setId("editor-tab-" + name);

        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox content = new VBox(findBar);
        if (!area.isEditable()) {
            Label note = new Label(place.title() + " is open read-only: this file cannot be changed here",
                    new FontIcon(MaterialDesignL.LOCK_OUTLINE));
            note.getStyleClass().add("editor-note");
            content.getChildren().add(note);
        }
        content.getChildren().add(scroll);
        setContent(content);
    }

    /** Replaces the text with {@code text} as loaded from the medium: no undo history, nothing unsaved. */
    void show(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** {@code emu:/flash/main.py}, as the command line names the file. */
    String location() {
        return place.locationOf(file.path());
    }

    /** Whether {@code place}'s file {@code file} is the one shown here. */
    boolean shows(Place other, VolumePath path) {
        return place.id().equals(other.id()) && file.path().equals(path);
    }

    Place place() {
        return place;
    }

    EditedFile file() {
        return file;
    }

    CodeArea area() {
        return area;
    }

    FindBar findBar() {
        return findBar;
    }

    UndoManager<?> undo() {
        return area.getUndoManager();
    }

    boolean isDirty() {
        return dirty.get();
    }

    BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** True while the tab is being saved or reloaded: no second save meanwhile. */
    BooleanProperty busyProperty() {
        return busy;
    }
}
