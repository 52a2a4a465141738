package io.flashdeck.app.gui.transfer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The transfer queue below the panes: a collapsible panel with a row per job (name, from → to,
 * progress, rate, time left, state badge, cancel) and buttons to cancel all and to clear the
 * finished ones. It opens by itself when a copy is queued.
 */
public final class TransferQueueView {

    private final TitledPane panel = new TitledPane();

    public TransferQueueView(TransferQueue queue) {
        TableView<TransferJob> table = TransferTable.create(queue.jobs());
        table.setId("transfer-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        Button cancelAll = new Button("Cancel all", new FontIcon(MaterialDesignC.CANCEL));
        cancelAll.setId("transfer-cancel-all");
        cancelAll.setOnAction(e -> queue.cancelAll());
        cancelAll.disableProperty().bind(Bindings.createBooleanBinding(
                () -> queue.jobs().stream().allMatch(job -> job.state().isFinished()), queue.jobs()));
        Button clear = new Button("Clear finished", new FontIcon(MaterialDesignB.BROOM));
        clear.setId("transfer-clear");
        clear.setOnAction(e -> queue.clearFinished());
        Label counts = new Label();
        counts.getStyleClass().add("transfer-counts");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, counts, gap, clear, cancelAll);
        tools.getStyleClass().add("transfer-tools");

        panel.setId("transfer-queue");
        panel.getStyleClass().add("transfer-queue");
        panel.setText("Transfers");
        panel.setContent(new VBox(6, tools, table));
        panel.setExpanded(false);
        panel.setPrefHeight(Region.USE_COMPUTED_SIZE);
        table.setPrefHeight(170);
        queue.jobs().addListener((ListChangeListener<TransferJob>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    panel.setExpanded(true);
                }
                change.getAddedSubList().forEach(job -> job.stateProperty()
                        .addListener((observable, before, now) -> counts.setText(countText(queue))));
            }
            counts.setText(countText(queue));
        });
    }

    private static String countText(TransferQueue queue) {
        long waiting = queue.jobs().stream().filter(job -> !job.state().isFinished()).count();
        long finished = queue.jobs().size() - waiting;
        return waiting + " to go, " + finished + " finished";
    }

    public TitledPane view() {
        return panel;
    }
}
