package io.flashdeck.serial.emu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the Python literals the host writes into the code it sends: bytes ({@code b'\x2f...'}),
 * strings, integers, {@code True} and {@code False}. A malformed literal is a
 * {@code SyntaxError}, as the device's compiler would say.
 */
final class PyLiteralReader {

    private final String text;
    private int at;

    PyLiteralReader(String text, int start) {
        this.text = text;
        this.at = start;
    }

    /** Where reading stopped. */
    int position() {
        return at;
    }

    /**
     * A bytes literal as {@code byte[]}, a string as {@link String}, an integer as {@link Long}, a
     * {@link Boolean}, or null when no literal starts here (an expression this reader does not evaluate).
     */
    Object literal() throws PyException {
        skipSpaces();
        if (text.startsWith("b'", at) || text.startsWith("b\"", at)) {
            at++;
            return quoted(true);
        }
        if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            return new String(quoted(false), StandardCharsets.UTF_8);
        }
        for (String word : new String[] {"True", "False"}) {
            if (text.startsWith(word, at) && !identifierAt(at + word.length())) {
                at += word.length();
                return word.equals("True");
            }
        }
        return integer();
    }

    void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private byte[] quoted(boolean bytes) throws PyException {
        char quote = text.charAt(at++);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (at >= text.length() || text.charAt(at) == '\n') {
                throw syntax();
            }
            char c = text.charAt(at++);
            if (c == quote) {
                return out.toByteArray();
            }
            if (c == '\\') {
                escape(out, bytes);
            } else if (bytes && c > 0x7F) {
                throw new PyException("SyntaxError", "bytes can only contain ASCII literal characters");
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void escape(ByteArrayOutputStream out, boolean bytes) throws PyException {
        if (at >= text.length()) {
            throw syntax();
        }
        char c = text.charAt(at++);
        switch (c) {
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 't' -> out.write('\t');
            case '0' -> out.write(0);
            case '\\', '\'', '"' -> out.write(c);
            case 'x' -> {
                if (at + 2 > text.length()) {
                    throw syntax();
                }
                try {
                    int value = Integer.parseInt(text.substring(at, at + 2), 16);
                    at += 2;
                    if (bytes) {
                        out.write(value);
                    } else {
                        out.writeBytes(String.valueOf((char) value).getBytes(StandardCharsets.UTF_8));
                    }
                } catch (NumberFormatException e) {
                    throw syntax();
                }
            }
            default -> {
                // Python keeps an unknown escape as written
                out.write('\\');
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private Long integer() {
        int start = at;
        int end = at < text.length() && text.charAt(at) == '-' ? at + 1 : at;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (identifierAt(end)) {
            return null;
        }
        try {
            Long value = Long.parseLong(text.substring(start, end));
            at = end;
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean identifierAt(int index) {
        return index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
    }

    private static PyException syntax() {
        return new PyException("SyntaxError", "invalid syntax");
    }
}
