package io.flashdeck.icons;

import java.net.URL;
import java.util.Locale;

/**
 * An icon drawn for FlashDeck: an SVG source beside its PNG renderings, {@code file.png} at the
 * icon's size and {@code file@2x.png} at twice it. Loading {@code file.png} by URL lets JavaFX
 * take the {@code @2x} file by itself on a HiDPI screen. Implemented by enums: the constant
 * {@code VIRTUAL_CAMERA} of folder {@code devices} is {@code devices/virtual-camera.svg}.
 */
public interface DrawnIcon {

    /** The constant's name, as the enum gives it. */
    String name();

    /** The folder of the set, relative to this package. */
    String folder();

    /** The side of {@link #png()} in pixels. */
    int size();

    /** The resource name without its extension, relative to this package: {@code types/python}. */
    default String file() {
        return folder() + "/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default URL svg() {
        return resource(".svg");
    }

    default URL png() {
        return resource(".png");
    }

    default URL png2x() {
        return resource("@2x.png");
    }

    private URL resource(String suffix) {
        String name = file() + suffix;
        URL url = DrawnIcon.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("the icons module lacks " + name);
        }
        return url;
    }
}
