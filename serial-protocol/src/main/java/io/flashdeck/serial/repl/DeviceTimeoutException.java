package io.flashdeck.serial.repl;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * The device did not answer in time. The message says what was awaited and shows what arrived
 * meanwhile, which usually tells why (a busy script, a different firmware, garbage on the line).
 */
public class DeviceTimeoutException extends IOException {

    private final String awaited;
    private final byte[] received;

    public DeviceTimeoutException(String deviceName, String awaited, Duration waited, byte[] received, int length) {
        super("no answer from " + deviceName + " within " + seconds(waited) + " while waiting for " + awaited
                + "; " + Printable.received(received, length));
        this.awaited = awaited;
        this.received = Arrays.copyOf(received, length);
    }

    /** What the client was waiting for, in words. */
    public String awaited() {
        return awaited;
    }

    /** The bytes that did arrive while waiting. */
    public byte[] received() {
        return received.clone();
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
