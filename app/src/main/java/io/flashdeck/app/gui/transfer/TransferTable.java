package io.flashdeck.app.gui.transfer;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The rows of the transfer queue; each cell follows its job's properties. */
final class TransferTable {

    private TransferTable() {
    }

    static TableView<TransferJob> create(ObservableList<TransferJob> jobs) {
        TableView<TransferJob> table = new TableView<>(jobs);
        table.getStyleClass().add("transfer-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No transfers yet: drop files on a pane, or copy with F5"));
        TableColumn<TransferJob, TransferJob> name = column("Name", 160, job -> null, TransferJob::name);
        TableColumn<TransferJob, TransferJob> route = column("From → To", 260, job -> null, TransferJob::route);
        TableColumn<TransferJob, TransferJob> progress = new TableColumn<>("Progress");
        progress.setPrefWidth(220);
        progress.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        progress.setCellFactory(c -> new ProgressCell());
        table.getColumns().add(name);
        table.getColumns().add(route);
        table.getColumns().add(progress);
        table.getColumns().add(column("Rate", 90, TransferJob::rateProperty, null));
        table.getColumns().add(column("Time left", 90, TransferJob::timeLeftProperty, null));
        TableColumn<TransferJob, TransferJob> state = new TableColumn<>("State");
        state.setPrefWidth(110);
        state.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        state.setCellFactory(c -> new StateCell());
        table.getColumns().add(state);
        table.getColumns().forEach(column -> {
            column.setSortable(false);
            column.setReorderable(false);
        });
        return table;
    }

    /** A text column: bound to a property of the job, or fixed text from it. */
    private static TableColumn<TransferJob, TransferJob> column(String title, double width,
            Function<TransferJob, ObservableValue<String>> live, Function<TransferJob, String> fixed) {
        TableColumn<TransferJob, TransferJob> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TransferJob job, boolean empty) {
                super.updateItem(job, empty);
                textProperty().unbind();
                if (empty || job == null) {
                    setText(null);
                } else if (fixed != null) {
                    setText(fixed.apply(job));
                } else {
                    textProperty().bind(live.apply(job));
                }
            }
        });
        return column;
    }

    /** The job's progress bar over the file it is on (or what it did). */
    private static final class ProgressCell extends TableCell<TransferJob, TransferJob> {

        private final ProgressBar bar = new ProgressBar();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, bar, detail);

        ProgressCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
            detail.getStyleClass().add("transfer-detail");
        }

        @Override
        protected void updateItem(TransferJob job, boolean empty) {
            super.updateItem(job, empty);
            bar.progressProperty().unbind();
            detail.textProperty().unbind();
            if (empty || job == null) {
                setGraphic(null);
                return;
            }
            bar.progressProperty().bind(job.progressProperty());
            detail.textProperty().bind(job.detailProperty());
            setGraphic(box);
        }
    }

    /** The state badge, and the cancel button while the job can still be stopped. */
    private static final class StateCell extends TableCell<TransferJob, TransferJob> {

        private final Label badge = new Label();
        private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        private final HBox box = new HBox(6, badge, cancel);
        private final ChangeListener<JobState> listener = (observable, before, now) -> show(now);
        private TransferJob job;

        StateCell() {
            cancel.getStyleClass().addAll("flat", "transfer-cancel");
            cancel.setTooltip(new Tooltip("Cancel this transfer"));
            cancel.setAccessibleText("Cancel this transfer");
            cancel.setOnAction(e -> job.cancel());
            badge.getStyleClass().add("transfer-badge");
        }

        @Override
        protected void updateItem(TransferJob item, boolean empty) {
            if (job != null) {
                job.stateProperty().removeListener(listener);
            }
            super.updateItem(item, empty);
            job = empty ? null : item;
            if (job == null) {
                setGraphic(null);
                return;
            }
            job.stateProperty().addListener(listener);
            show(job.state());
            setGraphic(box);
        }

        private void show(JobState state) {
            badge.setText(state.label());
            badge.setGraphic(state == JobState.VERIFIED ? new FontIcon(MaterialDesignS.SHIELD_CHECK) : null);
            badge.getStyleClass().removeIf(style -> style.startsWith("badge-"));
            badge.getStyleClass().add("badge-" + state.name().toLowerCase(Locale.ROOT));
            badge.setTooltip(state == JobState.VERIFIED
                    ? new Tooltip("Read back after writing: the SHA-256 matched the source's") : null);
            cancel.setVisible(!state.isFinished());
            // "cancel-big-bin": a dot would not do in a CSS id
            cancel.setId("cancel-" + job.name().replaceAll("[^A-Za-z0-9_]", "-"));
        }
    }
}
