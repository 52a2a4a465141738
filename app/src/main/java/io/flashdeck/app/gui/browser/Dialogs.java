package io.flashdeck.app.gui.browser;

import io.flashdeck.core.transfer.ConflictPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The small questions a pane asks: a name, a confirmation, what to do with existing files. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * A file or folder name, or empty when cancelled; OK stays off until the name is possible and new.
     *
     * @param keepExtension typing replaces the name but keeps the extension, as file managers do for files
     */
    static Optional<String> askName(Window owner, String title, String header, String initial, boolean keepExtension) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, owner, title, header);
        dialog.setContentText("Name:");
        TextField field = dialog.getEditor();
        field.setPrefColumnCount(28);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !isPossibleName(field.getText()) || field.getText().equals(initial), field.textProperty()));
        Platform.runLater(() -> field.selectRange(0, keepExtension ? baseNameLength(initial) : initial.length()));
        return dialog.showAndWait();
    }

    /** True when the user chose {@code action}; Cancel and closing the dialog say no. */
    public static boolean confirm(Window owner, String title, String header, String content, String action) {
        ButtonType yes = new ButtonType(action, ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, ButtonType.CANCEL);
        prepare(alert, owner, title, header);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** What to do with files that already exist at the target, or empty to cancel the copy. */
    static Optional<ConflictPolicy> askConflicts(Window owner, String header) {
        Map<ButtonType, ConflictPolicy> choices = new LinkedHashMap<>();
        choices.put(new ButtonType("Replace", ButtonData.OK_DONE), ConflictPolicy.REPLACE);
        choices.put(new ButtonType("Keep both", ButtonData.OTHER), ConflictPolicy.KEEP_BOTH);
        choices.put(new ButtonType("Skip", ButtonData.OTHER), ConflictPolicy.SKIP);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Replace them, keep both (the copies get a number), or leave them as they are?");
        alert.getButtonTypes().setAll(choices.keySet());
        alert.getButtonTypes().add(ButtonType.CANCEL);
        prepare(alert, owner, "Files exist", header);
        return alert.showAndWait().map(choices::get);
    }

    static boolean isPossibleName(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\0') < 0;
    }

    /** The length of the name before its extension; all of it for dot files. */
    static int baseNameLength(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? dot : name.length();
    }

    /** Owned by {@code owner}, titled, and styled as the window is (light or dark). */
    public static void prepare(Dialog<?> dialog, Window owner, String title, String header) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
}
