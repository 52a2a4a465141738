package io.flashdeck.app.gui.places;

import io.flashdeck.app.gui.places.PlacesSidebar.Target;
import io.flashdeck.app.gui.places.SidebarRow.Caption;
import io.flashdeck.app.gui.places.SidebarRow.Grouped;
import io.flashdeck.app.gui.places.SidebarRow.Listed;
import io.flashdeck.app.gui.theme.IconImages;
import io.flashdeck.icons.DeviceIcon;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One row of the sidebar: a heading, a place or a device. A row with more than a title (a
 * device's state, a mount's used/free bar) draws the title itself in its graphic; the cell's text
 * stays set so that the row can still be found by its title.
 */
final class PlaceCell extends TreeCell<SidebarRow> {

    private static final String[] KINDS = {"section", "hint", "place", "group", "grouped"};

    private final BiConsumer<Place, Target> onOpen;

    PlaceCell(BiConsumer<Place, Target> onOpen) {
        this.onOpen = onOpen;
    }

    @Override
    protected void updateItem(SidebarRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(KINDS);
        setContextMenu(null);
        setTooltip(null);
        setGraphic(null);
        setText(null);
        setContentDisplay(ContentDisplay.LEFT);
        if (empty || row == null) {
            return;
        }
        if (row instanceof Caption caption) {
            setText(caption.heading() ? caption.text().toUpperCase(Locale.ROOT) : caption.text());
            getStyleClass().add(caption.heading() ? "section" : "hint");
        } else if (row instanceof Grouped grouped) {
            PlaceGroup group = grouped.group();
            show(group.title(), group.icon(), group.badge(), null);
            getStyleClass().addAll("place", "group");
            setTooltip(new Tooltip(group.description()));
            setContextMenu(new ContextMenu(group.actions().toArray(MenuItem[]::new)));
        } else if (row instanceof Listed listed) {
            Place place = listed.place();
            show(place.title(), place.icon(), null, listed.group() == null ? null : listed.group().details(place));
            getStyleClass().add("place");
            if (listed.group() != null) {
                getStyleClass().add("grouped");
            }
            setTooltip(new Tooltip(place.description()));
            setContextMenu(menu(listed));
        }
    }

    /** The title with its icon; a badge beside the title and details below it make the row draw its own title. */
    private void show(String title, DeviceIcon icon, Node badge, Node details) {
        setText(title);
        ImageView glyph = IconImages.view(icon, "place-icon");
        if (badge == null && details == null) {
            setGraphic(glyph);
            return;
        }
        Label name = new Label(title);
        name.getStyleClass().add("place-title");
        HBox line = new HBox(6, name);
        line.setAlignment(Pos.CENTER_LEFT);
        if (badge != null) {
            line.getChildren().add(badge);
        }
        VBox text = new VBox(2, line);
        if (details != null) {
            text.getChildren().add(details);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox graphic = new HBox(8, glyph, text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        setGraphic(graphic);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
        if (listed.group() != null) {
            menu.getItems().addAll(listed.group().actions(place));
        }
        menu.getItems().addAll(listed.provider().actions(place));
        return menu;
    }
}
