package io.flashdeck.app.editor;

/**
 * How a file ends its lines. The editor works with {@code \n} only and writes the file's own
 * ending back, so a CRLF script from Windows stays CRLF after an edit on the camera.
 */
public enum LineEnding {
    LF("\n"),
    CRLF("\r\n"),
    CR("\r");

    private final String separator;

    LineEnding(String separator) {
        this.separator = separator;
    }

    public String separator() {
        return separator;
    }

    /**
     * The ending most lines of {@code text} use; LF for text without any, and LF, then CRLF, when
     * counts tie. A file with mixed endings is written back with this one throughout.
     */
    public static LineEnding mostUsedIn(String text) {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                crlf++;
                i++;
            } else if (c == '\r') {
                cr++;
            }
        }
        if (lf >= crlf && lf >= cr) {
            return LF;
        }
        return crlf >= cr ? CRLF : CR;
    }

    /** {@code text} with every line ending, of whatever kind, made {@code \n}. */
    public static String toNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code text}, whose lines end in {@code \n}, with this ending instead. */
    public String apply(String text) {
        return this == LF ? text : text.replace("\n", separator);
    }
}
