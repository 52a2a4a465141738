package io.flashdeck.core.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;

/**
 * Volume labels as FatFs {@code f_setlabel} accepts them: upper-cased, stored in code page 437,
 * at most 11 bytes, none of {@code + . , ; = [ ] / \ " * : < > ? |} or control characters,
 * trailing spaces dropped. A leading space (refused by mkfs.fat) and a leading 0xE5 (the
 * deleted-entry mark, refused by FatFs) are refused too.
 */
public final class VolumeLabel {

    public static final int LENGTH = 11;

    private static final Charset CP437 = Charset.forName("IBM437");
    private static final String FORBIDDEN = "+.,;=[]/\\\"*:<>?|\u007F";

    private VolumeLabel() {
    }

    /**
     * The label as it will be stored (upper case, no trailing spaces), or {@code null} when
     * {@code label} is null or blank, meaning "no label".
     *
     * @throws IllegalArgumentException naming the character or length that cannot be stored
     */
    public static String normalize(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String upper = label.stripTrailing().codePoints()
                .map(Character::toUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c < 0x20 || FORBIDDEN.indexOf(c) >= 0) {
                throw new IllegalArgumentException("a volume label cannot contain '" + printable(c) + "'");
            }
        }
        if (upper.startsWith(" ")) {
            throw new IllegalArgumentException("a volume label cannot start with a space");
        }
        byte[] bytes = encode(upper);
        if (bytes.length > LENGTH) {
            throw new IllegalArgumentException("a volume label holds at most " + LENGTH + " characters; \"" + upper
                    + "\" has " + bytes.length);
        }
        if ((bytes[0] & 0xFF) == 0xE5) {
            throw new IllegalArgumentException("a volume label cannot start with '" + upper.charAt(0) + "'");
        }
        return upper;
    }

    /** The 11 bytes of a directory entry or BPB field: the label in CP437, padded with spaces. */
    public static byte[] field(String normalized) {
        byte[] field = new byte[LENGTH];
        Arrays.fill(field, (byte) ' ');
        byte[] bytes = encode(normalized);
        System.arraycopy(bytes, 0, field, 0, bytes.length);
        return field;
    }

    private static byte[] encode(String text) {
        CharsetEncoder encoder = CP437.newEncoder();
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOf(encoded.array(), encoded.limit());
        } catch (CharacterCodingException e) {
            for (int i = 0; i < text.length(); i++) {
                if (!encoder.canEncode(text.charAt(i))) {
                    throw new IllegalArgumentException("'" + text.charAt(i)
                            + "' cannot be stored in a volume label (code page 437)", e);
                }
            }
            throw new IllegalArgumentException("\"" + text + "\" cannot be stored in code page 437", e);
        }
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }
}
