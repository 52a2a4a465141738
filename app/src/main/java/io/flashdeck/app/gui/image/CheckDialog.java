package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.browser.Dialogs;
import io.flashdeck.app.image.CheckTarget;
import io.flashdeck.app.report.ErrorPhrases;
import io.flashdeck.core.fat.check.CheckReport;
import io.flashdeck.core.fat.check.FatChecker;
import io.flashdeck.core.fat.check.FatRepairer;
import io.flashdeck.core.fat.check.Problem;
import io.flashdeck.core.fat.check.RepairReport;
import io.flashdeck.core.image.DiskImage;
import java.io.IOException;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Check… for an image: the check runs on a worker while the dialog shows how far it has come
 * (a percentage), then the report lists the problems by kind. Repair… asks first, refuses while a
 * copy runs, repairs with the image's volume closed, shows what it did and lists the panes
 * showing the image again.
 */
final class CheckDialog {

    private final ImageContext context;
    private final ImageContext.ShownImage image;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox body = new VBox(6);
    private final ButtonType repairType = new ButtonType("Repair…", ButtonData.LEFT);
    private Button repairButton;

    CheckDialog(ImageContext context, ImageContext.ShownImage image) {
        this.context = context;
        this.image = image;
    }

    void show() {
        Dialogs.prepare(dialog, context.window(), "Check image", "Check of " + image.name());
        dialog.getDialogPane().setId("check-report");
        ImageStyles.addTo(dialog);
        dialog.setResizable(true);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 380);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(repairType, ButtonType.CLOSE);
        repairButton = (Button) dialog.getDialogPane().lookupButton(repairType);
        repairButton.setId("repair-button");
        repairButton.setDisable(true);
        // The dialog stays open: Repair… asks, works, and shows its result in the same place.
        repairButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            repair();
        });
        ProgressIndicator done = busy("Checking " + image.name() + "…");
        dialog.show();
        // The checker reports in hundredths: at most a hundred updates reach the FX thread.
        DoubleConsumer shown = share -> Platform.runLater(() -> done.setProgress(share));
        context.tasks().run(() -> check(shown), this::showReport, e -> failed("check", e));
    }

    private CheckReport check(DoubleConsumer progress) throws IOException {
        // Whatever the panes changed is on the file before the checker reads it.
        image.place().volume().get().flush();
        try (DiskImage disk = DiskImage.open(image.file(), true)) {
            return FatChecker.check(CheckTarget.volume(disk, null), progress);
        }
    }

    private void showReport(CheckReport report) {
        body.getChildren().setAll(CheckReportView.of(report));
        repairButton.setDisable(report.problems().stream().noneMatch(Problem::repairable));
    }

    private void repair() {
        if (context.transferring().get()) {
            show(List.of(new Label("A copy is running. Repair the image when it has finished: a repair "
                    + "rewrites the file under the copy.")));
            return;
        }
        if (!Dialogs.confirm(dialog.getDialogPane().getScene().getWindow(), "Repair image", "Repair " + image.name() + "?",
                "FlashDeck rewrites the damaged structures in place: chains are cut or untangled, lost clusters "
                        + "are freed (their data is not kept), broken entries are removed or renamed. "
                        + "Make a copy of the image first if it holds files you cannot lose.", "Repair")) {
            return;
        }
        repairButton.setDisable(true);
        busy("Repairing " + image.name() + "…");
        context.tasks().run(() -> image.place().volume().whileClosed(this::repairClosed), report -> {
            show(CheckReportView.of(report));
            context.refreshShowing(image.place());
        }, e -> {
            failed("repair", e);
            context.refreshShowing(image.place());
        });
    }

    private RepairReport repairClosed() throws IOException {
        try (DiskImage disk = DiskImage.open(image.file(), false)) {
            RepairReport report = FatRepairer.repair(CheckTarget.volume(disk, null));
            disk.device().flush();
            return report;
        }
    }

    /** Shows {@code text} beside an indicator that spins until it is given a share done. */
    private ProgressIndicator busy(String text) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setId("check-progress");
        indicator.setPrefSize(36, 36);
        HBox line = new HBox(8, indicator, new Label(text));
        line.setId("check-busy");
        body.getChildren().setAll(line);
        return indicator;
    }

    private void show(List<Node> lines) {
        body.getChildren().setAll(lines);
    }

    private void failed(String verb, Exception e) {
        show(List.of(new Label("Cannot " + verb + " " + image.name() + ": " + ErrorPhrases.describe(e))));
        context.notifier().failed(verb, image.name(), null, e);
    }
}
