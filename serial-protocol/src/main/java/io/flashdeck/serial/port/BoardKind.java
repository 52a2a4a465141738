package io.flashdeck.serial.port;

/** What sits behind a serial port, as far as its USB identity tells. */
public enum BoardKind {
    /** An OpenMV Cam. */
    OPENMV_CAM,
    /** An Arduino board; the vision boards among them often run OpenMV firmware. */
    ARDUINO,
    /** Another board whose USB identity is MicroPython's or a maker's that ships MicroPython. */
    MICROPYTHON_BOARD
}
