package io.flashdeck.app.gui.properties;

import io.flashdeck.app.gui.browser.Dialogs;
import io.flashdeck.app.gui.browser.FileKind;
import io.flashdeck.app.gui.image.FactGrid;
import io.flashdeck.app.gui.image.ImageStyles;
import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.report.ErrorPhrases;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Properties… of one file or folder: name, place, path, type, size, modified. A file's SHA-256 is
 * computed when asked for (it reads the whole file, which takes long on a camera); a folder's
 * total size and count are added up on a worker as soon as the dialog opens.
 */
public final class PropertiesDialog {

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackgroundTasks tasks;
    private final Notifier notifier;

    public PropertiesDialog(BackgroundTasks tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    /** Shows the properties of {@code entry}, which lies on {@code volume} of {@code place}. */
    public void show(Window owner, Place place, Volume volume, FileEntry entry) {
        FactGrid grid = new FactGrid();
        grid.add("Name", entry.name());
        grid.add("Place", place.title());
        grid.add("Path", place.locationOf(entry.path()));
        grid.add("Type", entry.isDirectory() ? "Folder"
                : "File (" + FileKind.of(entry).name().toLowerCase(Locale.ROOT) + ")");
        if (entry.isDirectory()) {
            countContents(grid.add("Contents", "Counting…"), volume, entry);
        } else {
            grid.add("Size", String.format("%s (%,d bytes)", ByteSizes.format(entry.size()), entry.size()));
        }
        grid.add("Modified", entry.modified() == null ? "unknown" : MODIFIED.format(entry.modified()));
        if (entry.isFile()) {
            grid.add("SHA-256", sha256Row(volume, entry));
        }
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "Properties", entry.name());
        dialog.getDialogPane().setId("properties");
        ImageStyles.addTo(dialog);
        dialog.getDialogPane().setContent(grid.view());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }

    private void countContents(Label shown, Volume volume, FileEntry folder) {
        tasks.run(() -> FolderTotals.of(volume, folder), totals -> shown.setText(totals.describe()),
                e -> shown.setText("Cannot count: " + ErrorPhrases.describe(e, folder.path())));
    }

    /** The hash, or a button that computes it off the FX thread. */
    private HBox sha256Row(Volume volume, FileEntry file) {
        Label hash = new Label();
        hash.setId("fact-sha-256");
        hash.setMinWidth(Region.USE_PREF_SIZE); // 64 digits, too precious to shorten
        Button compute = new Button("Compute");
        compute.setMinWidth(Region.USE_PREF_SIZE);
        compute.setId("compute-sha256");
        compute.setOnAction(e -> {
            compute.setDisable(true);
            hash.setText("Computing…");
            tasks.run(() -> HexFormat.of().formatHex(volume.sha256(file.path())), digits -> {
                hash.setText(digits);
                hash.getScene().getWindow().sizeToScene(); // the dialog grows to the whole hash
            }, failure -> {
                hash.setText("");
                compute.setDisable(false);
                notifier.failed("hash", file.name(), file.path(), failure);
            });
        });
        return new HBox(8, compute, hash);
    }
}
