package io.flashdeck.core.fat.name;

import java.util.Arrays;

/**
 * Code page 437, the character set of OpenMV's FatFs build, between bytes and Java chars.
 *
 * <p>Bytes 0x00-0x7F are ASCII (control characters included, 0x7F is DEL), 0x80-0xFF the IBM PC
 * glyphs. {@link #toUpper(int)} is FatFs's upper-casing of a byte for short names, which differs
 * from Unicode's: several accented small letters lose their accent.
 */
public final class Cp437 {

    /** The characters of bytes 0x80-0xFF, sixteen per row. */
    private static final String HIGH_HALF =
            "ÇüéâäàåçêëèïîìÄÅ"
            + "ÉæÆôöòûùÿÖÜ¢£¥₧ƒ"
            + "áíóúñÑªº¿⌐¬½¼¡«»"
            + "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
            + "└┴┬├─┼╞╟╚╔╩╦╠═╬╧"
            + "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
            + "αßΓπΣσµτΦΘΩδ∞φε∩"
            + "≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0";

    /**
     * FatFs's upper-case table for code page 437, as pairs (small, capital) of the bytes it
     * changes; every other byte from 0x80 up is its own capital.
     */
    private static final String UPPER_PAIRS =
            "üÜéEâAäÄàAåÅçÇêEëEèEïIîIìIæÆôOöÖòOûUùUÿYáAíIóOúUñÑ";

    private static final char[] DECODE = new char[256];
    private static final int[] ENCODE = new int[0x10000];
    private static final int[] UPPER = new int[256];

    static {
        Arrays.fill(ENCODE, -1);
        for (int b = 0; b < 256; b++) {
            char c = b < 0x80 ? (char) b : HIGH_HALF.charAt(b - 0x80);
            DECODE[b] = c;
            ENCODE[c] = b;
            UPPER[b] = b >= 'a' && b <= 'z' ? b - 0x20 : b;
        }
        for (int i = 0; i < UPPER_PAIRS.length(); i += 2) {
            UPPER[ENCODE[UPPER_PAIRS.charAt(i)]] = ENCODE[UPPER_PAIRS.charAt(i + 1)];
        }
    }

    private Cp437() {
    }

    public static String decode(byte[] b, int off, int len) {
        char[] chars = new char[len];
        for (int i = 0; i < len; i++) {
            chars[i] = DECODE[b[off + i] & 0xFF];
        }
        return new String(chars);
    }

    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    /** The byte for {@code c}, or -1 when code page 437 has no such character. */
    public static int encodeChar(char c) {
        return ENCODE[c];
    }

    public static boolean canEncode(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ENCODE[s.charAt(i)] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of {@code s}; throws naming the first character code page 437 lacks. */
    public static byte[] encode(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = s.charAt(i);
            int b = ENCODE[c];
            if (b < 0) {
                throw new IllegalArgumentException(String.format(
                        "'%s' (U+%04X) at index %d of \"%s\" has no code page 437 byte", c, (int) c, i, s));
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    /** FatFs's capital of a code page 437 byte (0-255). */
    public static int toUpper(int cp437Byte) {
        return UPPER[cp437Byte & 0xFF];
    }
}
