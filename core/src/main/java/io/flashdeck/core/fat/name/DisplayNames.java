package io.flashdeck.core.fat.name;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The display rule of DESIGN.md §3: the name a user sees for bytes or long names found on a
 * device or in an image, and the long name to store for a name a user typed.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** Name bytes as shown: valid UTF-8 decoded as UTF-8, anything else as code page 437. */
    public static String fromBytes(byte[] raw) {
        if (isAscii(raw)) {
            return new String(raw, StandardCharsets.US_ASCII); // what both readings give, without a decoder
        }
        return decodeUtf8(raw).orElseGet(() -> Cp437.decode(raw));
    }

    /**
     * A long name read from an image as shown: when it is code page 437 text whose bytes are
     * non-ASCII UTF-8, a camera script wrote it as UTF-8, so the UTF-8 reading is shown.
     */
    public static String fromLongName(String longName) {
        if (!Cp437.canEncode(longName)) {
            return longName;
        }
        byte[] bytes = Cp437.encode(longName);
        if (isAscii(bytes)) {
            return longName;
        }
        return decodeUtf8(bytes).orElse(longName);
    }

    /** The long name to store for {@code displayName}; {@link #fromLongName} undoes it. */
    public static String toLongName(String displayName, NameStyle style) {
        if (style == NameStyle.UNICODE) {
            return displayName;
        }
        return Cp437.decode(displayName.getBytes(StandardCharsets.UTF_8));
    }

    /** True when every PC and camera shows the name alike: printable ASCII only. */
    public static boolean isPortable(String displayName) {
        return displayName.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /**
     * A key that two names share exactly when {@link #equalsIgnoreCase} holds: for looking names
     * up as FAT matches them.
     */
    public static String caseKey(String name) {
        char[] upper = new char[name.length()];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = Character.toUpperCase(name.charAt(i));
        }
        return new String(upper);
    }

    /** FAT's case-insensitive name match (FatFs compares long names upper-cased per UTF-16 unit). */
    public static boolean equalsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (Character.toUpperCase(a.charAt(i)) != Character.toUpperCase(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when every byte is below 0x80: UTF-8 and code page 437 read the name alike. */
    public static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
