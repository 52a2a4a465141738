package io.flashdeck.app.gui.transfer;

import io.flashdeck.app.gui.browser.Dialogs;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.transfer.ConflictPolicy;
import io.flashdeck.core.transfer.FreeNames;
import io.flashdeck.core.volume.FileEntry;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks what to do with a file that exists at the target: replace, keep both or skip, maybe for all. */
final class ConflictDialog {

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConflictDialog() {
    }

    /**
     * The user's choice, or empty when they cancelled the copy.
     *
     * @param where the directory holding the existing file, as the user knows it
     */
    static Optional<ConflictChoice> ask(Window owner, String where, FileEntry incoming, FileEntry existing) {
        Map<ButtonType, ConflictPolicy> choices = new LinkedHashMap<>();
        choices.put(new ButtonType("Replace", ButtonData.OK_DONE), ConflictPolicy.REPLACE);
        choices.put(new ButtonType("Keep both", ButtonData.OTHER), ConflictPolicy.KEEP_BOTH);
        choices.put(new ButtonType("Skip", ButtonData.OTHER), ConflictPolicy.SKIP);
        CheckBox all = new CheckBox("Apply to all further conflicts of this copy");
        all.setId("conflict-apply-to-all");
        Label sides = new Label("Existing: " + describe(existing) + "\nNew: " + describe(incoming)
                + "\nKeep both stores the new file with a number, such as “" + numberedExample(incoming) + "”.");
        sides.setWrapText(true);

        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        Dialogs.prepare(alert, owner, "File exists", "“" + incoming.name() + "” already exists in " + where);
        alert.getDialogPane().setContent(new VBox(12, sides, all));
        alert.getDialogPane().setId("conflict-dialog");
        alert.getButtonTypes().setAll(choices.keySet());
        alert.getButtonTypes().add(new ButtonType("Cancel copy", ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(choices::containsKey)
                .map(button -> new ConflictChoice(choices.get(button), all.isSelected()));
    }

    private static String describe(FileEntry entry) {
        return ByteSizes.format(entry.size())
                + (entry.modified() == null ? "" : ", modified " + MODIFIED.format(entry.modified()));
    }

    private static String numberedExample(FileEntry entry) {
        return FreeNames.numbered(entry.name(), 1);
    }
}
