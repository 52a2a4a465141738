package io.flashdeck.app.editor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes to editable text and back. The editor takes UTF-8 files up to 2 MiB: a camera's scripts
 * and settings are a few kilobytes, and a larger file is a log or data better copied to the
 * computer. A NUL byte or bytes that are not UTF-8 mean a binary file; decoding never guesses,
 * because saving a wrongly decoded file would change bytes the user never touched.
 */
public final class TextCodec {

    /** The largest file the editor opens: 2 MiB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextCodec() {
    }

    /** Refuses a file of {@code size} bytes before reading it. */
    public static void checkSize(long size) throws NotTextException {
        if (size > MAX_BYTES) {
            throw new NotTextException("it is larger than the editor's limit of 2 MiB");
        }
    }

    public static DecodedText decode(byte[] bytes) throws NotTextException {
        checkSize(bytes.length);
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotTextException("it is a binary file, not text");
            }
        }
        boolean mark = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BYTE_ORDER_MARK, 0, 3);
        int start = mark ? 3 : 0;
        String raw;
        try {
            raw = strictUtf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (MalformedInputException e) {
            throw new NotTextException("it is not UTF-8 text (byte " + (start + firstBadByte(bytes, start))
                    + " does not decode)");
        } catch (CharacterCodingException e) {
            throw new NotTextException("it is not UTF-8 text");
        }
        return new DecodedText(LineEnding.toNewlines(raw), new TextFormat(LineEnding.mostUsedIn(raw), mark));
    }

    /** {@code text}, whose lines end in {@code \n}, as the bytes of a file in {@code format}. */
    public static byte[] encode(String text, TextFormat format) {
        byte[] body = format.lineEnding().apply(text).getBytes(StandardCharsets.UTF_8);
        if (!format.byteOrderMark()) {
            return body;
        }
        byte[] bytes = Arrays.copyOf(BYTE_ORDER_MARK, BYTE_ORDER_MARK.length + body.length);
        System.arraycopy(body, 0, bytes, BYTE_ORDER_MARK.length, body.length);
        return bytes;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where decoding stops, counted from {@code start}: the position the decoder reached when it failed. */
    private static int firstBadByte(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        strictUtf8().decode(in, CharBuffer.allocate(bytes.length), true);
        return in.position() - start;
    }
}
