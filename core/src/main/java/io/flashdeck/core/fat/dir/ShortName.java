package io.flashdeck.core.fat.dir;

import io.flashdeck.core.fat.name.Cp437;
import io.flashdeck.core.fat.name.DisplayNames;
import java.util.Arrays;

/**
 * The 11 name bytes of an 8.3 directory entry: 8 of base name and 3 of extension, space padded,
 * code page 437. Held in logical form: a first byte 0xE5 is a real 0xE5 (stored as 0x05 on disk,
 * because 0xE5 there marks a deleted entry).
 */
public final class ShortName {

    public static final int LENGTH = 11;
    /** Bytes of the base name; the extension takes the rest. */
    static final int BASE_LENGTH = 8;
    /** NT case flag (entry byte 12): the base name is shown in lower case. */
    public static final int LOWER_BASE = 0x08;
    /** NT case flag (entry byte 12): the extension is shown in lower case. */
    public static final int LOWER_EXTENSION = 0x10;

    static final int DELETED_MARK = 0xE5;
    private static final int ESCAPED_E5 = 0x05;

    public static final ShortName DOT = of(".          ");
    public static final ShortName DOTDOT = of("..         ");

    private final byte[] bytes;

    private ShortName(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The name of the entry at {@code offset}; an escaped first byte 0x05 reads as 0xE5. */
    public static ShortName read(byte[] entry, int offset) {
        byte[] bytes = Arrays.copyOfRange(entry, offset, offset + LENGTH);
        if ((bytes[0] & 0xFF) == ESCAPED_E5) {
            bytes[0] = (byte) DELETED_MARK;
        }
        return new ShortName(bytes);
    }

    /** A name from its 11 logical bytes. */
    public static ShortName ofBytes(byte[] elevenBytes) {
        if (elevenBytes.length != LENGTH) {
            throw new IllegalArgumentException("a short name has 11 bytes, not " + elevenBytes.length);
        }
        return new ShortName(elevenBytes.clone());
    }

    /** A name from 11 code page 437 characters, e.g. {@code "MAIN    PY "}. */
    public static ShortName of(String elevenChars) {
        if (elevenChars.length() != LENGTH) {
            throw new IllegalArgumentException("a short name has 11 characters, not "
                    + elevenChars.length() + ": \"" + elevenChars + "\"");
        }
        return new ShortName(Cp437.encode(elevenChars));
    }

    /** Stores the name at {@code offset} in on-disk form (a leading 0xE5 escaped as 0x05). */
    public void write(byte[] entry, int offset) {
        System.arraycopy(onDisk(), 0, entry, offset, LENGTH);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The checksum long-name slots carry to tie them to this name (computed on the disk form). */
    public int checksum() {
        int sum = 0;
        for (byte b : onDisk()) {
            sum = ((sum >>> 1) | (sum << 7)) + (b & 0xFF) & 0xFF;
        }
        return sum;
    }

    /**
     * The name as shown when no long name exists: padding dropped, a dot before a non-empty
     * extension, ASCII letters of the parts flagged in {@code ntCaseFlags} in lower case.
     */
    public String toDisplayName(int ntCaseFlags) {
        return DisplayNames.fromBytes(toBytes(ntCaseFlags));
    }

    /**
     * The name as FatFs hands it to a program when no long name exists (its code page 437 bytes):
     * padding dropped, a dot before a non-empty extension, flagged parts in lower case.
     */
    public byte[] toBytes(int ntCaseFlags) {
        byte[] out = new byte[LENGTH + 1];
        int at = appendPart(out, 0, 0, BASE_LENGTH, (ntCaseFlags & LOWER_BASE) != 0);
        if (partLength(BASE_LENGTH, LENGTH) > 0) {
            out[at++] = '.';
            at = appendPart(out, at, BASE_LENGTH, LENGTH, (ntCaseFlags & LOWER_EXTENSION) != 0);
        }
        return Arrays.copyOf(out, at);
    }

    public boolean isDot() {
        return equals(DOT);
    }

    public boolean isDotDot() {
        return equals(DOTDOT);
    }

    private byte[] onDisk() {
        byte[] disk = bytes.clone();
        if ((disk[0] & 0xFF) == DELETED_MARK) {
            disk[0] = ESCAPED_E5;
        }
        return disk;
    }

    /** Copies the part in [from, to) without its padding to {@code out} at {@code at}; returns where it ended. */
    private int appendPart(byte[] out, int at, int from, int to, boolean lower) {
        int end = from + partLength(from, to);
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            out[at++] = (byte) (lower && b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
        }
        return at;
    }

    /** Length of the part in [from, to) without its trailing padding spaces. */
    private int partLength(int from, int to) {
        int end = to;
        while (end > from && bytes[end - 1] == ' ') {
            end--;
        }
        return end - from;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShortName other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The 11 characters, padding included, e.g. {@code "MAIN    PY "}. */
    @Override
    public String toString() {
        return Cp437.decode(bytes);
    }
}
