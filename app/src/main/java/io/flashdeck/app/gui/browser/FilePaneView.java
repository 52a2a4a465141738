package io.flashdeck.app.gui.browser;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.VolumePath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One file pane: the path bar over the table of a directory. It shows what its
 * {@link FilePaneModel} lists and keeps the selection across refreshes.
 */
public final class FilePaneView extends VBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final FilePaneModel model;
    private final ObservableList<FileEntry> entries = FXCollections.observableArrayList();
    private final TableView<FileEntry> table = FileTable.create(entries);
    private final PathBar pathBar;

    public FilePaneView(FilePaneModel model) {
        this.model = model;
        setId(model.name() + "-pane");
        getStyleClass().add("file-pane");
        table.setId(model.name() + "-table");
        pathBar = new PathBar(this::navigate);
        HBox.setHgrow(pathBar, Priority.ALWAYS);

        Button up = new Button(null, new FontIcon(MaterialDesignA.ARROW_UP));
        up.getStyleClass().addAll("flat", "pane-up");
        up.setTooltip(new Tooltip("Up (Backspace)"));
        up.setAccessibleText("Up one folder");
        up.setFocusTraversable(false);
        up.setOnAction(e -> model.up());
        up.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.listing() == null || model.listing().directory().isRoot(), model.listingProperty()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("pane-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        Label space = new Label();
        space.getStyleClass().add("pane-space");
        space.setMinWidth(Region.USE_PREF_SIZE);
        space.textProperty().bind(Bindings.createStringBinding(() -> spaceText(model.spaceProperty().get()),
                model.spaceProperty()));

        HBox header = new HBox(4, up, pathBar, busy, space);
        header.getStyleClass().add("pane-header");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);

        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty()).then("Loading…")
                .otherwise(Bindings.when(model.listingProperty().isNull()).then("Choose a place on the left")
                        .otherwise("This folder is empty")));
        table.setPlaceholder(placeholder);
        model.listingProperty().addListener((observable, before, now) -> show(before, now));
    }

    private void navigate(VolumePath directory) {
        Listing current = model.listing();
        if (current != null) {
            model.show(current.place(), directory);
        }
    }

    private void show(Listing before, Listing now) {
        Set<String> keep = now.select() != null ? Set.of(now.select())
                : now.sameDirectory(before) ? names(selectedEntries()) : Set.of();
        entries.setAll(now.entries());
        pathBar.show(now.place(), now.volume().name(), now.directory());
        select(keep);
    }

    /** Selects the entries with these names; the first one, or the top row, gets the focus. */
    private void select(Set<String> names) {
        var selection = table.getSelectionModel();
        selection.clearSelection();
        List<FileEntry> rows = table.getItems();
        int first = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (names.contains(rows.get(i).name())) {
                selection.select(i);
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            table.scrollTo(first);
        }
        table.getFocusModel().focus(Math.max(first, 0));
    }

    private static Set<String> names(List<FileEntry> entries) {
        Set<String> names = new HashSet<>();
        entries.forEach(entry -> names.add(entry.name()));
        return names;
    }

    private static String spaceText(SpaceInfo space) {
        return space == null ? "" : ByteSizes.format(space.freeBytes()) + " free";
    }

    public FilePaneModel model() {
        return model;
    }

    public TableView<FileEntry> table() {
        return table;
    }

    /** The selected entries in table order. */
    public List<FileEntry> selectedEntries() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** Marks the pane the toolbar and the sidebar act on. */
    void setActive(boolean active) {
        pseudoClassStateChanged(ACTIVE, active);
    }
}
