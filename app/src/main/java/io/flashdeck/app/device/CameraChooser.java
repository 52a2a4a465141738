package io.flashdeck.app.device;

import io.flashdeck.serial.port.BoardModel;
import io.flashdeck.serial.port.PortInfo;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds "the one connected camera" that {@code cam:} means: an OpenMV Cam by its USB identity,
 * or, when there is none, another board known to run MicroPython. Ports without a known identity
 * (built-in UARTs, USB serial adapters) are never guessed at: talking to the wrong device could
 * disturb it.
 */
public final class CameraChooser {

    private CameraChooser() {
    }

    /** The port of the one camera among {@code ports}; an error saying what to do when there is none or several. */
    public static PortInfo choose(List<PortInfo> ports) throws IOException {
        List<PortInfo> cams = ofKind(ports, true);
        List<PortInfo> candidates = cams.isEmpty() ? ofKind(ports, false) : cams;
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new IOException("no camera found (plugged in? on Linux, in the dialout group?)");
        }
        throw new IOException("several cameras found: " + candidates.stream()
                .map(port -> port.path() + " (" + port.model().map(BoardModel::name).orElse("") + ")")
                .collect(Collectors.joining(", "))
                + "; name one as cam@PORT:, such as cam@" + candidates.get(0).path() + ":/flash");
    }

    private static List<PortInfo> ofKind(List<PortInfo> ports, boolean openMv) {
        return ports.stream()
                .filter(port -> port.model().map(model -> model.isOpenMv() == openMv).orElse(false))
                .toList();
    }
}
