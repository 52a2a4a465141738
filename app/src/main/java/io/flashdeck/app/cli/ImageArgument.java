package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.ImageLocation;
import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.LocationParser;
import java.nio.file.Path;

/**
 * The {@code IMAGE} or {@code IMAGE@N} operand of {@code info}, {@code df}, {@code format},
 * {@code check} and {@code map}; {@code IMAGE:/} and {@code IMAGE@N:/} are accepted too.
 *
 * @param partition 1-based partition number, or null for the bare volume or the only FAT partition
 */
record ImageArgument(String text, Path image, Integer partition) {

    /** Parses {@code text}; an {@link IllegalArgumentException} says why it names no image. */
    static ImageArgument parse(LocationParser parser, String text) {
        for (String candidate : new String[] {text, text + ":/"}) {
            Location location = parser.parse(candidate);
            if (location instanceof ImageLocation image) {
                if (!image.path().isRoot()) {
                    throw new IllegalArgumentException("\"" + text + "\": name the image, not a path inside it");
                }
                return new ImageArgument(text, image.image(), image.partition());
            }
        }
        throw new IllegalArgumentException("\"" + text + "\": no such image file (expected IMAGE or IMAGE@N)");
    }
}
