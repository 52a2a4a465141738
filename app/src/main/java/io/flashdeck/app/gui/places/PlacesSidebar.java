package io.flashdeck.app.gui.places;

import io.flashdeck.app.gui.places.SidebarRow.Caption;
import io.flashdeck.app.gui.places.SidebarRow.Grouped;
import io.flashdeck.app.gui.places.SidebarRow.Listed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The sidebar: one heading per section, its places below, and devices (cameras) with their own
 * places below them. A click or Enter opens a place in the active pane, or activates a device;
 * the context menu opens a place in a chosen pane or forgets it, or offers a device's actions.
 */
public final class PlacesSidebar {

    /** Which pane a place opens in. */
    public enum Target { ACTIVE, LEFT, RIGHT }

    private final TreeView<SidebarRow> tree = new TreeView<>(new TreeItem<>());
    private final BiConsumer<Place, Target> onOpen;
    /** Groups whose places are watched already. */
    private final Set<PlaceGroup> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The place last highlighted: a section filled again selects it again. */
    private Place highlighted;

    /** @param onOpen opens a place in a pane */
    public PlacesSidebar(Places places, BiConsumer<Place, Target> onOpen) {
        this.onOpen = onOpen;
        tree.setId("places");
        tree.getStyleClass().add("places");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new PlaceCell(onOpen));
        for (PlaceProvider provider : places.providers()) {
            TreeItem<SidebarRow> section = new TreeItem<>(new Caption(provider.section(), true));
            section.setExpanded(true);
            fill(section, provider);
            provider.places().addListener((ListChangeListener<Place>) change -> fill(section, provider));
            provider.groups().addListener((ListChangeListener<PlaceGroup>) change -> fill(section, provider));
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

    private void fill(TreeItem<SidebarRow> section, PlaceProvider provider) {
        TreeItem<SidebarRow> selected = tree.getSelectionModel().getSelectedItem();
        SidebarRow kept = selected == null ? null : selected.getValue();
        List<TreeItem<SidebarRow>> items = new ArrayList<>();
        provider.places().forEach(place -> items.add(new TreeItem<>(new Listed(place, provider, null))));
        for (PlaceGroup group : provider.groups()) {
            if (watched.add(group)) {
                group.places().addListener((ListChangeListener<Place>) change -> fill(section, provider));
            }
            TreeItem<SidebarRow> device = new TreeItem<>(new Grouped(group));
            device.setExpanded(true);
            group.places().forEach(place -> device.getChildren().add(new TreeItem<>(new Listed(place, provider, group))));
            items.add(device);
        }
        if (items.isEmpty() && !provider.emptyHint().isEmpty()) {
            items.add(new TreeItem<>(new Caption(provider.emptyHint(), false)));
        }
        section.getChildren().setAll(items);
        TreeItem<SidebarRow> again = kept == null ? null : find(tree.getRoot(), kept::equals);
        if (again != null) {
            tree.getSelectionModel().select(again);
        } else if (highlighted != null) {
            highlight(highlighted);
        }
    }

    private void openSelected(Target target) {
        TreeItem<SidebarRow> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Listed listed) {
            onOpen.accept(listed.place(), target);
        } else if (item != null && item.getValue() instanceof Grouped grouped) {
            grouped.group().activate();
        }
    }

    /** Selects {@code place}, such as the one the active pane shows; nothing opens. */
    public void highlight(Place place) {
        highlighted = place;
        TreeItem<SidebarRow> item = find(tree.getRoot(), row -> row instanceof Listed listed && listed.place().equals(place));
        if (item == null) {
            tree.getSelectionModel().clearSelection();
        } else {
            tree.getSelectionModel().select(item);
        }
    }

    /** The first row below {@code parent}, at any depth, whose value {@code wanted} accepts. */
    private static TreeItem<SidebarRow> find(TreeItem<SidebarRow> parent, Predicate<SidebarRow> wanted) {
        for (TreeItem<SidebarRow> item : parent.getChildren()) {
            if (wanted.test(item.getValue())) {
                return item;
            }
            TreeItem<SidebarRow> below = find(item, wanted);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    public TreeView<?> view() {
        return tree;
    }
}
