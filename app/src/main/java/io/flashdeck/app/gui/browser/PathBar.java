package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.theme.IconImages;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.icons.DeviceIcon;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The breadcrumbs of a pane: the place, then each directory down to the one shown; each crumb goes
 * there. Inside the place's start (Home) the crumbs begin at the place; above it, at the volume's
 * root. A path too long for the pane shows its end: the current directory matters most.
 */
final class PathBar extends Region {

    private final HBox crumbs = new HBox();
    private final Consumer<VolumePath> onNavigate;

    PathBar(Consumer<VolumePath> onNavigate) {
        this.onNavigate = onNavigate;
        getStyleClass().add("path-bar");
        crumbs.getStyleClass().add("crumbs");
        getChildren().add(crumbs);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    void show(Place place, String volumeName, VolumePath directory) {
        crumbs.getChildren().clear();
        boolean belowStart = place.start().contains(directory);
        VolumePath first = belowStart ? place.start() : VolumePath.ROOT;
        Button head = crumb(belowStart ? place.title() : volumeName, first, directory.equals(first));
        head.setGraphic(IconImages.view(belowStart ? place.icon() : DeviceIcon.DRIVE, "place-icon"));
        head.setTooltip(new Tooltip(place.locationOf(first)));
        crumbs.getChildren().add(head);
        VolumePath path = first;
        for (String name : first.relativize(directory).names()) {
            path = path.resolve(name);
            FontIcon separator = new FontIcon(MaterialDesignC.CHEVRON_RIGHT);
            separator.getStyleClass().add("crumb-separator");
            crumbs.getChildren().addAll(separator, crumb(name, path, path.equals(directory)));
        }
    }

    private Button crumb(String text, VolumePath target, boolean current) {
        Button crumb = new Button(text);
        crumb.getStyleClass().add("crumb");
        if (current) {
            crumb.getStyleClass().add("current");
        }
        crumb.setMinWidth(Region.USE_PREF_SIZE);
        crumb.setFocusTraversable(false); // the table keeps the keyboard; Backspace goes up
        crumb.setMnemonicParsing(false);
        crumb.setOnAction(e -> onNavigate.accept(target));
        return crumb;
    }

    @Override
    protected void layoutChildren() {
        double width = crumbs.prefWidth(-1);
        // Wider than the pane: shift left so the end shows; the clip hides the start.
        crumbs.resizeRelocate(Math.min(0, getWidth() - width), 0, width, getHeight());
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return crumbs.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return crumbs.prefHeight(-1);
    }
}
