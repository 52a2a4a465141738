package io.flashdeck.serial.agent;

import java.nio.charset.StandardCharsets;

/**
 * Python literals for values the host puts into code it runs on a device. Bytes are always
 * written with every byte escaped ({@code b'\x2f\x66'}), so a file name can never end the
 * literal or become code, whatever characters it holds.
 */
public final class PyLiteral {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyLiteral() {
    }

    /** {@code b'\xNN...'} with one escape per byte. */
    public static String bytes(byte[] value) {
        StringBuilder text = new StringBuilder(3 + 4 * value.length).append("b'");
        for (byte b : value) {
            text.append("\\x").append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return text.append('\'').toString();
    }

    /** A string's UTF-8 bytes as a bytes literal. */
    public static String utf8(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    public static String integer(long value) {
        return Long.toString(value);
    }

    public static String bool(boolean value) {
        return value ? "True" : "False";
    }
}
