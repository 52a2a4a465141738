package io.flashdeck.app.gui.editor;

import io.flashdeck.app.gui.browser.Dialogs;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions the editor asks: unsaved changes, a file changed meanwhile, a file it cannot open. */
final class EditorQuestions {

    /** What to do with unsaved changes of a tab being closed. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** What to do when the file changed on its medium since it was opened. */
    enum Changed { OVERWRITE, RELOAD, CANCEL }

    private EditorQuestions() {
    }

    static Unsaved askUnsaved(Window owner, String name) {
        Map<ButtonType, Unsaved> choices = new LinkedHashMap<>();
        choices.put(new ButtonType("Save", ButtonData.YES), Unsaved.SAVE);
        choices.put(new ButtonType("Discard", ButtonData.NO), Unsaved.DISCARD);
        choices.put(ButtonType.CANCEL, Unsaved.CANCEL);
        return ask(owner, Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to “" + name + "”?",
                "Discarded changes are lost.", choices, Unsaved.CANCEL);
    }

    static Changed askChanged(Window owner, String location) {
        Map<ButtonType, Changed> choices = new LinkedHashMap<>();
        choices.put(new ButtonType("Overwrite", ButtonData.YES), Changed.OVERWRITE);
        choices.put(new ButtonType("Reload", ButtonData.NO), Changed.RELOAD);
        choices.put(ButtonType.CANCEL, Changed.CANCEL);
        return ask(owner, Alert.AlertType.WARNING, "Changed meanwhile", location + " changed since it was opened",
                "Something else wrote to the file (a script, another program, a copy). Overwrite it with "
                        + "this text, or reload it and lose the edits made here?", choices, Changed.CANCEL);
    }

    /** Says why a file does not open in the editor, such as "it is a binary file, not text". */
    static void tellNotText(Window owner, String name, String reason) {
        ask(owner, Alert.AlertType.INFORMATION, "Not opened", "“" + name + "” is not opened in the editor",
                "The editor opens UTF-8 text files up to 2 MiB, and " + reason + ". Copy the file to this "
                        + "computer to open it with another program.", Map.of(ButtonType.OK, Boolean.TRUE), true);
    }

    private static <T> T ask(Window owner, Alert.AlertType type, String title, String header, String content,
            Map<ButtonType, T> choices, T ifClosed) {
        Alert alert = new Alert(type, content);
        alert.getButtonTypes().setAll(choices.keySet());
        Dialogs.prepare(alert, owner, title, header);
        return alert.showAndWait().map(choices::get).orElse(ifClosed);
    }
}
