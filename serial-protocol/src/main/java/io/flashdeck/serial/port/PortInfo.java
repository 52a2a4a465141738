package io.flashdeck.serial.port;

import java.util.Optional;

/**
 * A serial port as discovery lists it. {@code vendorId}/{@code productId} are -1 for ports
 * without a USB identity (built-in UARTs, pseudo-terminals).
 */
public record PortInfo(String path, String description, int vendorId, int productId, String serialNumber) {

    /** The board this port belongs to, when its USB identity is a known one. */
    public Optional<BoardModel> model() {
        return CameraModels.identify(vendorId, productId);
    }

    /** One line for lists: path, board or description, and USB ids. */
    public String summary() {
        String what = model().map(BoardModel::name).orElse(description);
        return vendorId < 0 ? path + "  " + what
                : String.format("%s  %s  [%04X:%04X]", path, what, vendorId, productId);
    }
}
