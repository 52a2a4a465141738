package io.flashdeck.app.cli.location;

import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.repl.ReplSettings;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the command line reaches cameras; tests pass their own.
 *
 * @param ports         lists the serial ports, for {@code cam:} without a port
 * @param virtualCamera opens {@code emu:}
 * @param settings      how every connection paces and bounds its conversation with the device
 */
public record CameraAccess(Supplier<List<PortInfo>> ports, CameraConnector virtualCamera, ReplSettings settings) {

    /** The same access, with raw-paste mode turned off (for devices where it hangs). */
    public CameraAccess withoutRawPaste() {
        return new CameraAccess(ports, virtualCamera, settings.withRawPaste(false));
    }
}
