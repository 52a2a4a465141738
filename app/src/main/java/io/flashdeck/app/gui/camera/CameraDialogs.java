package io.flashdeck.app.gui.camera;

import io.flashdeck.app.device.CameraDescription;
import io.flashdeck.app.gui.browser.Dialogs;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions and answers of the camera actions: what erasing loses, and what the device is. */
final class CameraDialogs {

    /** What the user chose in an erase confirmation. */
    enum EraseChoice { CANCEL, BACK_UP_FIRST, ERASE }

    private CameraDialogs() {
    }

    /**
     * Asks before erasing. Cancel is the default button, so Enter never erases; the erase button
     * is marked as dangerous and "Back up first…" is offered beside it.
     *
     * @param loss    what is lost, such as "/flash: 14 files (2.3 MiB) will be erased"
     * @param warning the USB drive warning, or empty
     */
    static EraseChoice confirmErase(Window owner, String header, String loss, String consequence, String eraseLabel,
            String warning) {
        ButtonType backUp = new ButtonType("Back up first…", ButtonData.LEFT);
        ButtonType erase = new ButtonType(eraseLabel, ButtonData.OTHER);
        String content = loss + ".\n" + consequence + "\nBack the files up to a folder on this computer first, or "
                + "erase them now: this cannot be undone." + (warning.isEmpty() ? "" : "\n\n" + warning);
        Alert alert = new Alert(Alert.AlertType.WARNING, content, backUp, erase, ButtonType.CANCEL);
        Dialogs.prepare(alert, owner, "Erase camera storage", header);
        alert.getDialogPane().setId("erase-confirmation");
        Button eraseButton = (Button) alert.getDialogPane().lookupButton(erase);
        eraseButton.getStyleClass().add("danger");
        eraseButton.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(erase::equals).isPresent()) {
            return EraseChoice.ERASE;
        }
        return answer.filter(backUp::equals).isPresent() ? EraseChoice.BACK_UP_FIRST : EraseChoice.CANCEL;
    }

    /** Board, firmware, MicroPython and mounts, with the USB drive warning when there is one. */
    static void showInfo(Window owner, String title, List<CameraDescription.Line> lines, String warning) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        for (int row = 0; row < lines.size(); row++) {
            CameraDescription.Line line = lines.get(row);
            Label label = new Label(line.label());
            label.getStyleClass().add("fact-label");
            facts.addRow(row, label, new Label(line.value()));
        }
        VBox content = new VBox(12, facts);
        if (!warning.isEmpty()) {
            Label caution = new Label(warning);
            caution.setWrapText(true);
            caution.setMaxWidth(420);
            caution.getStyleClass().add("usb-warning-text");
            content.getChildren().add(caution);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Dialogs.prepare(alert, owner, "Device info", title);
        alert.getDialogPane().setId("device-info");
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }
}
