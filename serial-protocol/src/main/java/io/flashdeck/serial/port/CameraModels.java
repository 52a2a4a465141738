package io.flashdeck.serial.port;

import java.util.Map;
import java.util.Optional;

/**
 * Names boards by USB vendor and product id: OpenMV cams (DESIGN.md §3), Arduino boards (which
 * may run OpenMV firmware) and other boards that commonly run MicroPython. Ids come from the
 * OpenMV and MicroPython board configurations.
 */
public final class CameraModels {

    static final int OPENMV_VID = 0x37C5;
    static final int OPENMV_LEGACY_VID = 0x1209; // pid.codes, used by firmware before OpenMV had its own id
    static final int OPENMV_LEGACY_PID = 0xABD1;
    static final int ARDUINO_VID = 0x2341;
    static final int MICROPYTHON_VID = 0xF055; // pyboard and MicroPython's default USB identity
    static final int RASPBERRY_PI_VID = 0x2E8A;
    static final int ESPRESSIF_VID = 0x303A;

    private static final Map<Integer, String> OPENMV_PIDS = Map.of(
            0x1202, "OpenMV Cam M4",
            0x1203, "OpenMV Cam M7",
            0x1204, "OpenMV Cam H7",
            0x124A, "OpenMV Cam H7 Plus",
            0x1205, "OpenMV PureThermal",
            0x1206, "OpenMV Cam N6",
            0x1060, "OpenMV Cam RT1062",
            0x16E3, "OpenMV Cam AE3");

    private static final Map<Integer, String> ARDUINO_PIDS = Map.of(
            0x055B, "Arduino Portenta H7",
            0x055F, "Arduino Nicla Vision",
            0x0566, "Arduino Giga R1",
            0x0468, "Arduino Portenta C33",
            0x056B, "Arduino Nano ESP32",
            0x025E, "Arduino Nano RP2040 Connect",
            0x025A, "Arduino Nano 33 BLE Sense");

    private static final Map<Integer, String> OTHER_VENDORS = Map.of(
            MICROPYTHON_VID, "MicroPython board",
            RASPBERRY_PI_VID, "Raspberry Pi Pico (RP2)",
            ESPRESSIF_VID, "Espressif ESP32");

    private CameraModels() {
    }

    /** The board with this USB identity, if it is one FlashDeck knows; negative ids mean "none". */
    public static Optional<BoardModel> identify(int vendorId, int productId) {
        if (vendorId == OPENMV_VID) {
            return Optional.of(new BoardModel(OPENMV_PIDS.getOrDefault(productId, "OpenMV Cam"), BoardKind.OPENMV_CAM));
        }
        if (vendorId == OPENMV_LEGACY_VID && productId == OPENMV_LEGACY_PID) {
            return Optional.of(new BoardModel("OpenMV Cam (older firmware)", BoardKind.OPENMV_CAM));
        }
        if (vendorId == ARDUINO_VID) {
            return Optional.of(new BoardModel(ARDUINO_PIDS.getOrDefault(productId, "Arduino board"), BoardKind.ARDUINO));
        }
        return Optional.ofNullable(OTHER_VENDORS.get(vendorId))
                .map(name -> new BoardModel(name, BoardKind.MICROPYTHON_BOARD));
    }
}
