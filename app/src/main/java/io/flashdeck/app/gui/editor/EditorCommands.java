package io.flashdeck.app.gui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * What the editor window's toolbar and keys do to the tab in front: save (Ctrl+S), undo and redo
 * (the text's own Ctrl+Z, Ctrl+Y), find (Ctrl+F, F3, Shift+F3), replace (Ctrl+H), close (Ctrl+W).
 */
final class EditorCommands {

    private record Command(String id, String label, Ikon icon, KeyCombination key, Consumer<EditorTab> run) {
    }

    private final EditorWindow window;
    private final List<Command> commands;

    EditorCommands(EditorWindow window, TabSaving saving) {
        this.window = window;
        commands = List.of(
                new Command("save", "Save", MaterialDesignC.CONTENT_SAVE_OUTLINE, shortcut(KeyCode.S),
                        tab -> saving.save(tab, () -> { })),
                new Command("undo", "Undo", MaterialDesignU.UNDO, null, tab -> tab.undo().undo()),
                new Command("redo", "Redo", MaterialDesignR.REDO, null, tab -> tab.undo().redo()),
                new Command("find", "Find", MaterialDesignM.MAGNIFY, shortcut(KeyCode.F),
                        tab -> tab.findBar().show(false)),
                new Command("replace", "Replace", MaterialDesignF.FIND_REPLACE, shortcut(KeyCode.H),
                        tab -> tab.findBar().show(true)),
                new Command("find-next", null, null, new KeyCodeCombination(KeyCode.F3),
                        tab -> tab.findBar().find(true)),
                new Command("find-previous", null, null,
                        new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), tab -> tab.findBar().find(false)),
                new Command("close", null, null, shortcut(KeyCode.W), tab -> window.close(tab, () -> { })));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The buttons of the commands that have an icon. */
    ToolBar toolbar() {
        ToolBar toolbar = new ToolBar();
        toolbar.setId("editor-toolbar");
        for (Command command : commands) {
            if (command.icon() == null) {
                continue;
            }
            Button button = new Button(null, new FontIcon(command.icon()));
            button.setId("editor-" + command.id());
            button.getStyleClass().add("tool");
            String tip = command.label() + (command.key() == null ? "" : " (" + command.key().getDisplayText() + ")");
            button.setTooltip(new Tooltip(tip));
            button.setAccessibleText(command.label());
            button.setFocusTraversable(false);
            button.setOnAction(e -> run(command));
            toolbar.getItems().add(button);
        }
        return toolbar;
    }

    /**
     * The keys, caught before the text area sees them: it would otherwise take some of them as
     * typing or as its own commands.
     */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Command command : commands) {
                if (command.key() != null && command.key().match(event)) {
                    run(command);
                    event.consume();
                    return;
                }
            }
        });
    }

    private void run(Command command) {
        window.current().ifPresent(command.run());
    }
}
