package io.flashdeck.app.gui;

import io.flashdeck.app.gui.browser.DualPane;
import io.flashdeck.app.gui.browser.FilePaneView;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.gui.transfer.TransferStatus;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: what the transfers are doing (with their progress) on the left; on the right a
 * spinner while disk or device work is under way, and the active pane's item and selection count.
 */
final class StatusArea {

    private final StatusBar bar = new StatusBar();
    private final Label counts = new Label();
    private final DualPane panes;

    StatusArea(TransferStatus transfers, BackgroundTasks tasks, DualPane panes) {
        this.panes = panes;
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.when(transfers.messageProperty().isEmpty()).then("Ready")
                .otherwise(transfers.messageProperty()));
        bar.progressProperty().bind(Bindings.when(transfers.runningProperty())
                .then(transfers.progressProperty()).otherwise(0.0));
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("status-busy");
        busy.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        counts.setId("status-counts");
        bar.getRightItems().addAll(busy, counts);
        for (FilePaneView pane : panes.panes()) {
            pane.table().getItems().addListener((ListChangeListener<Object>) change -> update());
            pane.table().getSelectionModel().getSelectedItems()
                    .addListener((ListChangeListener<Object>) change -> update());
        }
        panes.activeProperty().addListener((observable, before, now) -> update());
        update();
    }

    StatusBar view() {
        return bar;
    }

    private void update() {
        FilePaneView pane = panes.active();
        int items = pane.table().getItems().size();
        int selected = pane.table().getSelectionModel().getSelectedItems().size();
        counts.setText(items + (items == 1 ? " item" : " items") + (selected > 0 ? ", " + selected + " selected" : ""));
    }
}
