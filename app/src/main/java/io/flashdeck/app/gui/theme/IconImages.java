package io.flashdeck.app.gui.theme;

import io.flashdeck.icons.DrawnIcon;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * The icons module's drawn icons as images. Each is loaded once and shared by every view of it;
 * it is loaded by URL, not from a stream, because only then does JavaFX take the {@code @2x} PNG
 * on a HiDPI screen (the image keeps its size in points, so layouts do not change).
 */
public final class IconImages {

    private static final Map<DrawnIcon, Image> LOADED = new ConcurrentHashMap<>();

    private IconImages() {
    }

    public static Image image(DrawnIcon icon) {
        return LOADED.computeIfAbsent(icon, i -> new Image(i.png().toExternalForm()));
    }

    /** A new view of {@code icon} (a node can sit in one place of the scene only), styled {@code styleClass}. */
    public static ImageView view(DrawnIcon icon, String styleClass) {
        ImageView view = new ImageView(image(icon));
        view.getStyleClass().add(styleClass);
        return view;
    }
}
