package io.flashdeck.serial.emu;

/**
 * Unwinds whatever the camera's interpreter is doing when it loses power or its USB connection
 * resets, as a real reset stops the processor wherever it is. Never escapes the camera.
 */
final class PowerLoss extends RuntimeException {

    PowerLoss(String reason) {
        super(reason, null, false, false);
    }
}
