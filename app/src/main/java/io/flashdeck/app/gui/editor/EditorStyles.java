package io.flashdeck.app.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/** The editor window wears the main window's theme, switched with it, plus the editor's own sheet. */
final class EditorStyles {

    private static final String EDITOR_SHEET =
            Objects.requireNonNull(EditorStyles.class.getResource("editor.css"), "editor.css").toExternalForm();

    private EditorStyles() {
    }

    static void follow(Scene main, Scene editor) {
        Runnable apply = () -> {
            List<String> sheets = new ArrayList<>(main.getStylesheets());
            sheets.add(EDITOR_SHEET);
            editor.getStylesheets().setAll(sheets);
        };
        main.getStylesheets().addListener((ListChangeListener<String>) change -> apply.run());
        apply.run();
    }
}
