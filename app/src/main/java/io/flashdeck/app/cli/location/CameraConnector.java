package io.flashdeck.app.cli.location;

import io.flashdeck.serial.link.Link;
import java.io.IOException;

/**
 * Opens the link to the device behind an {@code emu:} location: the one seam between the command
 * line and the virtual camera. {@code CliEnvironment.system()} names the implementation in use;
 * the serial ports behind {@code cam:} locations need none.
 */
@FunctionalInterface
public interface CameraConnector {

    /** Until the virtual camera is part of the build, {@code emu:} says so. */
    CameraConnector NO_VIRTUAL_CAMERA = camera -> {
        throw new IOException("the virtual camera (emu:) is not available in this build of FlashDeck");
    };

    /** A link to the device; the caller opens the session on it and closes it. */
    Link connect(CameraLocation camera) throws IOException;
}
