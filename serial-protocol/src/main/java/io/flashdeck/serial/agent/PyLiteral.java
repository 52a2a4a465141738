package io.flashdeck.serial.agent;

import java.nio.charset.StandardCharsets;

/**
 * Python literals for values the host puts into code it runs on a device. In a bytes literal
 * printable ASCII stands for itself and every other byte, the quote and the backslash are
 * escaped ({@code b'/flash/a\x27b\xc3\xa9'}), so a file name can never end the literal or
 * become code, whatever characters it holds, and a plain name costs no more than its length.
 */
public final class PyLiteral {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyLiteral() {
    }

    /** {@code b'...'}: bytes from space to {@code ~} as themselves except {@code '} and {@code \}, the rest as {@code \xNN}. */
    public static String bytes(byte[] value) {
        StringBuilder text = new StringBuilder(3 + value.length).append("b'");
        for (byte b : value) {
            if (b >= ' ' && b <= '~' && b != '\'' && b != '\\') {
                text.append((char) b);
            } else {
                text.append("\\x").append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
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
