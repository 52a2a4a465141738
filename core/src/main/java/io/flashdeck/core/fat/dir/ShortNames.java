package io.flashdeck.core.fat.dir;

import io.flashdeck.core.fat.name.Cp437;
import java.util.Arrays;
import java.util.Locale;

/**
 * Makes 8.3 names for long names the way FatFs does ({@code create_name} and
 * {@code gen_numname} in ff.c), so an image written here matches one the camera writes.
 */
public final class ShortNames {

    public static final int MAX_SEQUENCE = 999_999;

    /** Characters long names allow but 8.3 names do not; FatFs puts '_' in their place. */
    private static final String NOT_IN_SHORT_NAMES = "+,;=[]";
    /** From this sequence number on FatFs hashes the long name into the tail. */
    private static final int FIRST_HASHED_SEQUENCE = 6;
    private static final int CRC16_POLYNOMIAL = 0x11021;

    private ShortNames() {
    }

    /**
     * The 8.3 basis of {@code longNameAsStored}, the name as it goes into long-name slots (for
     * the camera style already turned into code page 437 characters).
     */
    public static ShortNameBasis basisFor(String longNameAsStored) {
        String name = stripTrailingSpacesAndDots(longNameAsStored);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no short name can be made for \"" + longNameAsStored + "\"");
        }
        // Leading spaces are skipped; they and a leading dot make the name lossy. Every other
        // space and every dot but the last are dropped; the last dot starts the extension.
        int start = 0;
        while (name.charAt(start) == ' ') {
            start++;
        }
        int extensionDot = name.lastIndexOf('.');
        boolean lossy = start > 0 || name.charAt(start) == '.';
        Field base = new Field(ShortName.BASE_LENGTH);
        Field extension = new Field(ShortName.LENGTH - ShortName.BASE_LENGTH);
        boolean hasExtension = extensionDot >= 0;
        lossy |= base.fill(name, start, hasExtension ? extensionDot : name.length());
        if (hasExtension) {
            lossy |= extension.fill(name, extensionDot + 1, name.length());
        }
        byte[] bytes = new byte[ShortName.LENGTH];
        System.arraycopy(base.bytes, 0, bytes, 0, base.bytes.length);
        System.arraycopy(extension.bytes, 0, bytes, ShortName.BASE_LENGTH, extension.bytes.length);

        // Case flags can only say "all lower" per part: mixed case needs the long name, and so
        // do extended characters, which the 8.3 name holds upper-cased.
        boolean needsLongName = lossy || base.extended || extension.extended
                || base.mixedCase() || extension.mixedCase();
        int flags = 0;
        if (!needsLongName) {
            flags = (base.lower ? ShortName.LOWER_BASE : 0) | (extension.lower ? ShortName.LOWER_EXTENSION : 0);
        }
        return new ShortNameBasis(ShortName.ofBytes(bytes), flags, needsLongName, lossy);
    }

    /**
     * The basis with FatFs's {@code ~n} tail for sequence number {@code n} (1 to 999999): the
     * number in upper-case hex, or from n = 6 on a CRC of {@code longName} seeded with n, put
     * after the base name and cutting it where needed.
     */
    public static ShortName numbered(ShortNameBasis basis, int n, String longName) {
        if (n < 1 || n > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence number " + n + " is not within 1.." + MAX_SEQUENCE);
        }
        long value = n < FIRST_HASHED_SEQUENCE ? n : hash(n, longName);
        String tail = "~" + Long.toHexString(value).toUpperCase(Locale.ROOT);
        byte[] bytes = basis.name().bytes();
        int at = 0;
        while (at < ShortName.BASE_LENGTH - tail.length() && bytes[at] != ' ') {
            at++;
        }
        Arrays.fill(bytes, at, ShortName.BASE_LENGTH, (byte) ' ');
        for (int i = 0; i < tail.length(); i++) {
            bytes[at + i] = (byte) tail.charAt(i);
        }
        return ShortName.ofBytes(bytes);
    }

    /** FatFs's hash: a CRC-16/CCITT of the name's UTF-16 units, low bit first, in a 32-bit register. */
    private static long hash(int seed, String longName) {
        int register = seed;
        for (int i = 0; i < longName.length(); i++) {
            int unit = longName.charAt(i);
            for (int bit = 0; bit < 16; bit++) {
                register = (register << 1) + (unit & 1);
                unit >>>= 1;
                if ((register & 0x10000) != 0) {
                    register ^= CRC16_POLYNOMIAL;
                }
            }
        }
        return Integer.toUnsignedLong(register);
    }

    private static String stripTrailingSpacesAndDots(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == ' ' || name.charAt(end - 1) == '.')) {
            end--;
        }
        return name.substring(0, end);
    }

    /** One part of an 8.3 name (base or extension) being filled, with what filling it found. */
    private static final class Field {
        final byte[] bytes;
        int used;
        boolean upper;
        boolean lower;
        boolean extended;

        Field(int size) {
            bytes = new byte[size];
            Arrays.fill(bytes, (byte) ' ');
        }

        /** Fills from {@code name[from, to)}; true when anything was dropped, replaced or cut. */
        boolean fill(String name, int from, int to) {
            boolean lossy = false;
            for (int i = from; i < to; i++) {
                char c = name.charAt(i);
                if (c == ' ' || c == '.') {
                    lossy = true;
                } else if (used == bytes.length) {
                    return true;
                } else {
                    lossy |= put(c);
                }
            }
            return lossy;
        }

        private boolean put(char c) {
            int b = c;
            if (c >= 0x80) {
                // FatFs maps the character to its code page 437 byte (0 when there is none) and
                // upper-cases that byte with its own table.
                extended = true;
                b = Math.max(Cp437.encodeChar(c), 0);
                b = Cp437.toUpper(b);
            }
            boolean replaced = b == 0 || NOT_IN_SHORT_NAMES.indexOf(b) >= 0;
            if (replaced) {
                b = '_';
            } else if (b >= 'A' && b <= 'Z') {
                upper = true;
            } else if (b >= 'a' && b <= 'z') {
                lower = true;
                b -= 'a' - 'A';
            }
            bytes[used++] = (byte) b;
            return replaced;
        }

        boolean mixedCase() {
            return upper && lower;
        }
    }
}
