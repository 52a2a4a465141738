package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.places.ImagePlaces;
import io.flashdeck.app.gui.places.Place;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The toolbar's Image menu: info, check and cluster map of the image the active pane shows, and
 * a new image. The first three are off while the active pane shows no image. The same three are in
 * the context menu of each image in the sidebar.
 */
public final class ImageMenu {

    private final ImageContext context;
    private final MenuButton button = new MenuButton("Image");

    public ImageMenu(ImageContext context) {
        this.context = context;
        button.setId("image-menu");
        button.setGraphic(new FontIcon(MaterialDesignH.HARDDISK));
        button.setTooltip(new Tooltip("Info, check, cluster map of the active pane's image; a new image"));
        button.setFocusTraversable(false);
        List<MenuItem> needImage = tools("image-", context::activeImage);
        MenuItem create = new MenuItem("New image…", new FontIcon(MaterialDesignG.GRID_LARGE));
        create.setId("image-new");
        create.setOnAction(e -> new NewImageDialog(context).show());
        button.getItems().addAll(needImage);
        button.getItems().addAll(new SeparatorMenuItem(), create);
        button.setOnShowing(e -> needImage.forEach(item -> item.setDisable(context.activeImage().isEmpty())));
    }

    /** The tools for the image a sidebar row shows, for its context menu; none for other places. */
    public List<MenuItem> itemsFor(Place place) {
        return ImagePlaces.imageFile(place)
                .map(file -> tools("place-image-", () -> Optional.of(new ImageContext.ShownImage(place, file))))
                .orElse(List.of());
    }

    /** Info, check and cluster map of the image {@code image} names when the item is chosen. */
    private List<MenuItem> tools(String idPrefix, Supplier<Optional<ImageContext.ShownImage>> image) {
        return List.of(
                item(idPrefix + "info", "Info…", MaterialDesignI.INFORMATION_OUTLINE, image,
                        shown -> new ImageInfoDialog(context, shown).show()),
                item(idPrefix + "check", "Check…", MaterialDesignS.SHIELD_CHECK_OUTLINE, image,
                        shown -> new CheckDialog(context, shown).show()),
                item(idPrefix + "map", "Cluster map…", MaterialDesignV.VIEW_GRID_OUTLINE, image,
                        shown -> new ClusterMapDialog(context, shown).show()));
    }

    private static MenuItem item(String id, String label, Ikon icon, Supplier<Optional<ImageContext.ShownImage>> image,
            Consumer<ImageContext.ShownImage> action) {
        MenuItem item = new MenuItem(label, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> image.get().ifPresent(action));
        return item;
    }

    public MenuButton button() {
        return button;
    }
}
