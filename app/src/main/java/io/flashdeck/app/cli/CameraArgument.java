package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.LocationParser;
import java.util.Optional;

/**
 * A camera operand of {@code exec}, {@code reset}, {@code factory-reset}, {@code format},
 * {@code info} and {@code df}: {@code cam:}, {@code cam@PORT:} or {@code emu:}, optionally with a
 * path. Naming a whole device, the colon after a port may be left out: {@code cam@/dev/ttyACM0}.
 */
final class CameraArgument {

    private CameraArgument() {
    }

    /** The camera {@code text} names, or empty when it names something else; bad camera forms throw IllegalArgumentException. */
    static Optional<CameraLocation> parse(LocationParser parser, String text) {
        if (!text.startsWith("cam:") && !text.startsWith("cam@") && !text.startsWith("emu:")) {
            return Optional.empty(); // an image or host path: its own parser reports what is wrong with it
        }
        boolean bareCameraPort = text.startsWith("cam@") && !text.endsWith(":") && !text.contains(":/");
        Location location = parser.parse(bareCameraPort ? text + ":" : text);
        return location instanceof CameraLocation camera ? Optional.of(camera) : Optional.empty();
    }
}
