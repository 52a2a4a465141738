package io.flashdeck.serial.repl;

import java.io.IOException;

/** The device answered, but not as a MicroPython raw REPL does at that point. */
public class DeviceProtocolException extends IOException {

    public DeviceProtocolException(String deviceName, String expected, byte[] received, int length) {
        super(deviceName + " answered unexpectedly: expected " + expected + ", " + Printable.received(received, length));
    }
}
