package io.flashdeck.serial.repl;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sends code in raw-paste mode (MicroPython 1.14+): the device grants a window of bytes and a
 * {@code \x01} credit for each window it has consumed, so its small receive buffer never
 * overflows. Falls back when the device declines ({@code R\x00}) or predates the mode.
 */
final class RawPaste {

    enum Outcome { SENT, UNSUPPORTED }

    private static final byte[] REQUEST = {0x05, 'A', 0x01};
    private static final byte[] END = {0x04};
    private static final byte CREDIT = 0x01;
    private static final byte DEVICE_END = 0x04;
    /** The end of the raw REPL banner, which firmware without raw-paste prints again instead. */
    private static final byte[] BANNER_END = "CTRL-B to exit\r\n>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Link link;
    private final DeviceReader reader;
    private final Duration timeout;

    RawPaste(Link link, DeviceReader reader, Duration responseTimeout) {
        this.link = link;
        this.reader = reader;
        this.timeout = responseTimeout;
    }

    /** Sends {@code code} and its end; on {@link Outcome#SENT} the device is running it. */
    Outcome send(byte[] code) throws IOException {
        link.write(REQUEST);
        byte[] answer = reader.readExactly(2, timeout, "the answer to a raw-paste request");
        if (answer[0] == 'R' && answer[1] == 1) {
            stream(code);
            return Outcome.SENT;
        }
        if (answer[0] == 'R' && answer[1] == 0) {
            expectPrompt(answer); // declined: the raw REPL prompts again
            return Outcome.UNSUPPORTED;
        }
        DeviceReader.Received rest = reader.readUntil(BANNER_END, timeout, System.nanoTime() + timeout.toNanos());
        if (!rest.found()) {
            throw new DeviceProtocolException(reader.deviceName(), "a raw-paste answer or the raw REPL banner",
                    concat(answer, rest.bytes()), answer.length + rest.bytes().length);
        }
        return Outcome.UNSUPPORTED;
    }

    private void stream(byte[] code) throws IOException {
        byte[] header = reader.readExactly(3, timeout, "the raw-paste window size");
        int window = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
        if (window == 0 || header[2] != CREDIT) {
            throw new DeviceProtocolException(reader.deviceName(), "a window size and \\x01", header, 3);
        }
        int room = window; // at most one window in flight, then wait for a credit
        int sent = 0;
        while (sent < code.length) {
            for (int b = reader.readByte(room == 0 ? timeout : Duration.ZERO); b >= 0;
                    b = reader.readByte(room == 0 ? timeout : Duration.ZERO)) {
                if (b == DEVICE_END) {
                    link.write(END); // the device stopped reading (a compile error): acknowledge; its result follows
                    return;
                }
                if (b != CREDIT) {
                    throw new DeviceProtocolException(reader.deviceName(), "a raw-paste credit", new byte[] {(byte) b}, 1);
                }
                room += window;
            }
            if (room == 0) {
                throw new DeviceTimeoutException(reader.deviceName(), "a raw-paste credit", timeout, new byte[0], 0);
            }
            int n = Math.min(room, code.length - sent);
            link.write(code, sent, n);
            sent += n;
            room -= n;
        }
        link.write(END);
        awaitEndAcknowledged();
    }

    private void awaitEndAcknowledged() throws IOException {
        for (int b = reader.readByte(timeout); b != DEVICE_END; b = reader.readByte(timeout)) {
            if (b < 0) {
                throw new DeviceTimeoutException(reader.deviceName(), "the end of a raw paste to be acknowledged",
                        timeout, new byte[0], 0);
            }
            if (b != CREDIT) {
                throw new DeviceProtocolException(reader.deviceName(), "\\x04 ending a raw paste", new byte[] {(byte) b}, 1);
            }
        }
    }

    private void expectPrompt(byte[] answer) throws IOException {
        int b = reader.readByte(timeout);
        if (b != '>') {
            byte[] got = b < 0 ? answer : concat(answer, new byte[] {(byte) b});
            throw new DeviceProtocolException(reader.deviceName(), "the raw REPL prompt after R\\x00", got, got.length);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
