package io.flashdeck.serial.repl;

/** Device output made readable in a message: control bytes escaped, long output cut to its end. */
final class Printable {

    static final int EXCERPT_CHARS = 240;

    private Printable() {
    }

    /** {@code "received N bytes: \"…tail\""}, or {@code "received nothing"}. */
    static String received(byte[] data, int length) {
        if (length == 0) {
            return "received nothing";
        }
        return "received " + length + (length == 1 ? " byte: \"" : " bytes: \"") + excerpt(data, length) + "\"";
    }

    /** The last bytes, printable ASCII as is, the rest as escapes ({@code \r \n \t \xNN}). */
    static String excerpt(byte[] data, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = length - 1; i >= 0 && text.length() < EXCERPT_CHARS; i--) {
            text.insert(0, escape(data[i] & 0xFF));
        }
        return text.length() >= EXCERPT_CHARS && length > 0 ? "…" + text : text.toString();
    }

    private static String escape(int b) {
        return switch (b) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            default -> b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b);
        };
    }
}
