package io.flashdeck.app.gui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon from the icons module, in every size it has, so the desktop picks a sharp one. */
public final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 32, 64, 128, 256);

    private AppIcon() {
    }

    public static void addTo(Stage stage) {
        for (int size : SIZES) {
            String name = "/io/flashdeck/icons/flashdeck-" + size + ".png";
            try (InputStream png = AppIcon.class.getResourceAsStream(name)) {
                if (png == null) {
                    throw new IllegalStateException("the icons module lacks " + name);
                }
                stage.getIcons().add(new Image(png));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }
}
