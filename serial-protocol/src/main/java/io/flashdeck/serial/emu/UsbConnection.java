package io.flashdeck.serial.emu;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;

/**
 * One plugging-in of the camera's USB cable: the device end of a link, and a thread that moves
 * what the host sends into the receive buffer in the bursts it arrives in.
 */
final class UsbConnection {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Link link;
    private final ReceiveBuffer buffer;
    private final Stall stall;
    private volatile boolean unplugged;

    private UsbConnection(Link link, ReceiveBuffer buffer, Stall stall) {
        this.link = link;
        this.buffer = buffer;
        this.stall = stall;
    }

    /** Connects; {@code hostGone} runs once when the host closes its end (not when the camera unplugs). */
    static UsbConnection plug(Link deviceEnd, ReceiveBuffer buffer, Stall stall, Runnable hostGone) {
        UsbConnection connection = new UsbConnection(deviceEnd, buffer, stall);
        Thread pump = new Thread(() -> connection.pump(hostGone), "virtual camera usb " + deviceEnd.name());
        pump.setDaemon(true);
        pump.start();
        return connection;
    }

    /** Sends to the host; a host that is gone ends what the camera was doing. */
    void send(byte[] bytes, int offset, int length) {
        stall.pass();
        try {
            link.write(bytes, offset, length);
        } catch (IOException e) {
            throw new PowerLoss("the host is gone: " + e.getMessage());
        }
    }

    /** The camera drops off the bus (a reset re-enumerates it). */
    void unplug() {
        unplugged = true;
        try {
            link.close();
        } catch (IOException e) {
            // the link is going away either way
        }
    }

    private void pump(Runnable hostGone) {
        byte[] chunk = new byte[64 * 1024];
        try {
            while (!unplugged) {
                int n = link.read(chunk, 0, chunk.length, POLL);
                if (n > 0) {
                    stall.pass();
                    buffer.deliver(chunk, 0, n);
                }
            }
        } catch (IOException | PowerLoss e) {
            if (!unplugged) {
                hostGone.run();
            }
        }
    }
}
