package io.flashdeck.app.gui.browser;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The small questions a pane asks: a name, a confirmation. */
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

    /**
     * As {@link #confirm}, with a "Don't ask again" box: ticked and confirmed, {@code ask} turns off.
     */
    static boolean confirmOrStopAsking(Window owner, String title, String header, String content, String action,
            BooleanProperty ask) {
        ButtonType yes = new ButtonType(action, ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, yes, ButtonType.CANCEL);
        prepare(alert, owner, title, header);
        CheckBox stop = new CheckBox("Don't ask again");
        stop.setId("dont-ask-again");
        Label text = new Label(content);
        text.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(12, text, stop));
        boolean confirmed = alert.showAndWait().filter(yes::equals).isPresent();
        if (confirmed && stop.isSelected()) {
            ask.set(false);
        }
        return confirmed;
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
