package io.flashdeck.app.gui.places;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sidebar: one heading per section, its places below. A click or Enter opens a place in the
 * active pane; the context menu opens it in a chosen pane or forgets it.
 */
public final class PlacesSidebar {

    /** Which pane a place opens in. */
    public enum Target { ACTIVE, LEFT, RIGHT }

    /** A section heading, or the hint of an empty section: not a place. */
    private record Caption(String text, boolean heading) {
    }

    /** A place in its section. */
    private record Listed(Place place, PlaceProvider provider) {
    }

    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final BiConsumer<Place, Target> onOpen;

    /** @param onOpen opens a place in a pane */
    public PlacesSidebar(Places places, BiConsumer<Place, Target> onOpen) {
        this.onOpen = onOpen;
        tree.setId("places");
        tree.getStyleClass().add("places");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new PlaceCell());
        for (PlaceProvider provider : places.providers()) {
            TreeItem<Object> section = new TreeItem<>(new Caption(provider.section(), true));
            section.setExpanded(true);
            fill(section, provider);
            provider.places().addListener((ListChangeListener<Place>) change -> fill(section, provider));
            tree.getRoot().getChildren().add(section);
        }
        tree.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                openSelected(Target.ACTIVE);
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(Target.ACTIVE);
                event.consume();
            }
        });
    }

    private static void fill(TreeItem<Object> section, PlaceProvider provider) {
        List<TreeItem<Object>> items = provider.places().isEmpty() && !provider.emptyHint().isEmpty()
                ? List.of(new TreeItem<>(new Caption(provider.emptyHint(), false)))
                : provider.places().stream().map(place -> new TreeItem<Object>(new Listed(place, provider))).toList();
        section.getChildren().setAll(items);
    }

    private void openSelected(Target target) {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Listed listed) {
            onOpen.accept(listed.place(), target);
        }
    }

    /** Selects {@code place}, such as the one the active pane shows; nothing opens. */
    public void highlight(Place place) {
        for (TreeItem<Object> section : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : section.getChildren()) {
                if (item.getValue() instanceof Listed listed && listed.place().equals(place)) {
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    public TreeView<Object> view() {
        return tree;
    }

    private final class PlaceCell extends TreeCell<Object> {

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("section", "hint", "place");
            setContextMenu(null);
            setTooltip(null);
            setGraphic(null);
            setText(null);
            if (empty || value == null) {
                return;
            }
            if (value instanceof Caption caption) {
                setText(caption.heading() ? caption.text().toUpperCase(Locale.ROOT) : caption.text());
                getStyleClass().add(caption.heading() ? "section" : "hint");
            } else if (value instanceof Listed listed) {
                Place place = listed.place();
                setText(place.title());
                setGraphic(new FontIcon(place.icon()));
                getStyleClass().add("place");
                setTooltip(new Tooltip(place.description()));
                setContextMenu(menu(listed));
            }
        }

        private ContextMenu menu(Listed listed) {
            Place place = listed.place();
            MenuItem left = new MenuItem("Open in left pane");
            left.setOnAction(e -> onOpen.accept(place, Target.LEFT));
            MenuItem right = new MenuItem("Open in right pane");
            right.setOnAction(e -> onOpen.accept(place, Target.RIGHT));
            ContextMenu menu = new ContextMenu(left, right);
            if (listed.provider().canForget(place)) {
                MenuItem forget = new MenuItem("Remove from list");
                forget.setOnAction(e -> listed.provider().forget(place));
                menu.getItems().add(forget);
            }
            return menu;
        }
    }
}
