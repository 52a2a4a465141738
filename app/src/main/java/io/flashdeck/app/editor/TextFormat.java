package io.flashdeck.app.editor;

/**
 * What a text file looked like on the medium besides its characters, so that saving writes it the
 * same way.
 *
 * @param lineEnding    the ending its lines get back
 * @param byteOrderMark it started with a UTF-8 byte order mark
 */
public record TextFormat(LineEnding lineEnding, boolean byteOrderMark) {

    /** A new file: Unix endings, no byte order mark, as MicroPython writes. */
    public static final TextFormat PLAIN = new TextFormat(LineEnding.LF, false);
}
