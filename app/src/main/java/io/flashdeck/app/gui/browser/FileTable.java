package io.flashdeck.app.gui.browser;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.volume.FileEntry;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The table of a pane: icon and name, size, modified. Sorting by any column keeps folders first,
 * as file managers do; without a sort column the entries are in name order.
 */
final class FileTable {

    static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Case-insensitive, then exact, so that "a" and "A" keep a stable order. */
    static final Comparator<String> NAMES = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private static final Comparator<FileEntry> FOLDERS_FIRST = Comparator.comparing(entry -> !entry.isDirectory());
    private static final Comparator<FileEntry> BY_NAME = Comparator.comparing(FileEntry::name, NAMES);

    private FileTable() {
    }

    static TableView<FileEntry> create(ObservableList<FileEntry> entries) {
        TableView<FileEntry> table = new TableView<>();
        table.getStyleClass().add("file-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<FileEntry, FileEntry> name = column("Name", BY_NAME, FileEntry::name, true);
        name.setPrefWidth(260);
        TableColumn<FileEntry, FileEntry> size = column("Size", Comparator.comparingLong(FileEntry::size),
                entry -> entry.isDirectory() ? "" : ByteSizes.format(entry.size()), false);
        size.getStyleClass().add("size-column");
        size.setMinWidth(95);
        size.setPrefWidth(95);
        TableColumn<FileEntry, FileEntry> modified = column("Modified",
                Comparator.comparing(FileEntry::modified, Comparator.nullsFirst(Comparator.naturalOrder())),
                entry -> entry.modified() == null ? "" : MODIFIED.format(entry.modified()), false);
        modified.getStyleClass().add("modified-column");
        modified.setMinWidth(150);
        modified.setPrefWidth(150);
        table.getColumns().addAll(name, size, modified);
        table.getSortOrder().add(name);

        // The sorted list does the sorting; the table only tells it the column order.
        SortedList<FileEntry> sorted = new SortedList<>(entries);
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> FOLDERS_FIRST.thenComparing(
                table.getComparator() != null ? table.getComparator() : BY_NAME), table.comparatorProperty()));
        table.setSortPolicy(t -> true);
        table.setItems(sorted);
        return table;
    }

    /** The table row holding {@code picked}, a node under the pointer, if any. */
    static Optional<TableRow<?>> rowAt(Node picked) {
        for (Node node = picked; node != null; node = node.getParent()) {
            if (node instanceof TableRow<?> row) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** A column whose cells show text made from the whole entry, so every column can sort by its own rule. */
    private static TableColumn<FileEntry, FileEntry> column(String title, Comparator<FileEntry> order,
            Function<FileEntry, String> text, boolean withIcon) {
        TableColumn<FileEntry, FileEntry> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new EntryCell(text, withIcon));
        column.setComparator(order);
        column.setReorderable(false);
        return column;
    }

    private static final class EntryCell extends TableCell<FileEntry, FileEntry> {

        private final Function<FileEntry, String> text;
        private final boolean withIcon;
        /** Kept from row to row: a new icon node per row would be styled anew on every scroll step. */
        private final FontIcon icon = new FontIcon();
        private FileKind shownKind;

        EntryCell(Function<FileEntry, String> text, boolean withIcon) {
            this.text = text;
            this.withIcon = withIcon;
        }

        @Override
        protected void updateItem(FileEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            boolean blank = empty || entry == null;
            setText(blank ? null : text.apply(entry));
            if (blank || !withIcon) {
                setGraphic(null);
                return;
            }
            FileKind kind = FileKind.of(entry);
            if (kind != shownKind) {
                kind.applyTo(icon);
                shownKind = kind;
            }
            setGraphic(icon);
        }
    }
}
