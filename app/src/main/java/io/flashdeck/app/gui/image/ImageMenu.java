package io.flashdeck.app.gui.image;

import java.util.List;
import java.util.function.Consumer;
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
 * a new image. The first three are off while the active pane shows no image.
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
        List<MenuItem> needImage = List.of(
                item("image-info", "Info…", MaterialDesignI.INFORMATION_OUTLINE,
                        image -> new ImageInfoDialog(context, image).show()),
                item("image-check", "Check…", MaterialDesignS.SHIELD_CHECK_OUTLINE,
                        image -> new CheckDialog(context, image).show()),
                item("image-map", "Cluster map…", MaterialDesignV.VIEW_GRID_OUTLINE,
                        image -> new ClusterMapDialog(context, image).show()));
        MenuItem create = new MenuItem("New image…", new FontIcon(MaterialDesignG.GRID_LARGE));
        create.setId("image-new");
        create.setOnAction(e -> new NewImageDialog(context).show());
        button.getItems().addAll(needImage);
        button.getItems().addAll(new SeparatorMenuItem(), create);
        button.setOnShowing(e -> needImage.forEach(item -> item.setDisable(context.activeImage().isEmpty())));
    }

    private MenuItem item(String id, String label, Ikon icon,
            Consumer<ImageContext.ShownImage> action) {
        MenuItem item = new MenuItem(label, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> context.activeImage().ifPresent(action));
        return item;
    }

    public MenuButton button() {
        return button;
    }
}
