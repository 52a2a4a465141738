package io.flashdeck.serial.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Python's {@code repr()} of a bytes object, both ways: how mpremote encodes what it writes
 * (printable ASCII as itself, {@code \t \n \r}, the quote and the backslash escaped, every other
 * byte as {@code \xNN}) and how it reads what the device printed.
 */
final class PyBytesRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyBytesRepr() {
    }

    /** The literal of {@code length} bytes of {@code data} from {@code offset}, as CPython writes it. */
    static String of(byte[] data, int offset, int length) {
        char quote = hasByte(data, offset, length, '\'') && !hasByte(data, offset, length, '"') ? '"' : '\'';
        StringBuilder text = new StringBuilder(4 * length + 3).append('b').append(quote);
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            switch (b) {
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\\' -> text.append("\\\\");
                default -> {
                    if (b == quote) {
                        text.append('\\').append(quote);
                    } else if (b >= 0x20 && b < 0x7F) {
                        text.append((char) b);
                    } else {
                        text.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
                    }
                }
            }
        }
        return text.append(quote).toString();
    }

    /** The bytes of a literal such as MicroPython's {@code print(repr(...))} prints it. */
    static byte[] parse(String literal) throws IOException {
        if (literal.length() < 3 || literal.charAt(0) != 'b' || literal.charAt(literal.length() - 1) != literal.charAt(1)) {
            throw new IOException("not a bytes literal: " + abbreviate(literal));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(literal.length());
        int end = literal.length() - 1;
        for (int i = 2; i < end; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                bytes.write(c);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case 't' -> bytes.write('\t');
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 'x' -> {
                    bytes.write(Integer.parseInt(literal.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> bytes.write(escape); // \\ \' \"
            }
        }
        return bytes.toByteArray();
    }

    private static boolean hasByte(byte[] data, int offset, int length, char wanted) {
        for (int i = offset; i < offset + length; i++) {
            if (data[i] == wanted) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
