package io.flashdeck.app.cli.location;

import io.flashdeck.serial.link.Link;
import java.io.IOException;

/**
 * Opens the link to the device behind an {@code emu:} location: the one seam between the command
 * line and the virtual camera. {@code CliEnvironment.system()} names the implementation in use
 * ({@link VirtualCameraConnector}); tests may use their own. The serial ports behind {@code cam:}
 * locations need none.
 */
@FunctionalInterface
public interface CameraConnector {

    /** A link to the device; the caller opens the session on it and closes it. */
    Link connect(CameraLocation camera) throws IOException;
}
