package io.flashdeck.serial.emu;

import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.name.Cp437;
import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameRules;
import java.util.Arrays;

/**
 * Names as a camera's FatFs sees them (code page 437, byte names, {@code FF_LFN_UNICODE 0}): a
 * program gets a long name as its code page 437 bytes, or the 8.3 name when the long name holds a
 * character outside code page 437 (as when a PC wrote it); a name a program gives is read as code
 * page 437, so UTF-8 bytes become the characters of those bytes.
 */
final class FatNames {

    private static final String FORBIDDEN = "\"*:<>?|\u007f";

    private FatNames() {
    }

    /** The bytes FatFs lists for {@code record}. */
    static byte[] bytesOf(DirectoryRecord record) {
        String longName = record.longName();
        if (longName != null && Cp437.canEncode(longName)) {
            return Cp437.encode(longName);
        }
        return record.entry().shortName().toBytes(record.entry().ntCase());
    }

    /** Whether FatFs, given {@code name}, finds {@code record}: by its long name or its 8.3 name, ignoring case. */
    static boolean matches(DirectoryRecord record, byte[] name) {
        byte[] given = stripped(name);
        if (record.longName() != null && DisplayNames.equalsIgnoreCase(record.longName(), Cp437.decode(given))) {
            return true;
        }
        return Arrays.equals(upper(given), record.entry().shortName().toBytes(0));
    }

    /**
     * The name under which a directory's index (which folds case as FAT does) holds every entry
     * that {@link #matches} accepts for {@code name}, when {@code name} is ASCII; for other bytes
     * the two may fold differently, so a miss there proves nothing.
     */
    static String lookupName(byte[] name) {
        return Cp437.decode(stripped(name));
    }

    /** The path element under which the engine finds {@code record}: its 8.3 name, unique in its directory. */
    static String elementOf(DirectoryRecord record) {
        return record.entry().shortName().toDisplayName(0);
    }

    /**
     * The long name FatFs stores for a new entry called {@code name} (free of control characters,
     * which end a path): its code page 437 reading, trailing dots and spaces dropped;
     * {@code EINVAL} for a name FatFs refuses.
     */
    static String newLongName(byte[] name) throws PyException {
        byte[] kept = stripped(name);
        if (kept.length == 0) {
            throw PyException.os("EINVAL");
        }
        for (byte b : kept) {
            if (FORBIDDEN.indexOf(b) >= 0) {
                throw PyException.os("EINVAL");
            }
        }
        String longName = Cp437.decode(kept);
        if (longName.length() > NameRules.MAX_LONG_NAME) {
            throw PyException.os("EINVAL");
        }
        return longName;
    }

    private static byte[] stripped(byte[] name) {
        int end = name.length;
        while (end > 0 && (name[end - 1] == ' ' || name[end - 1] == '.')) {
            end--;
        }
        return Arrays.copyOf(name, end);
    }

    private static byte[] upper(byte[] name) {
        byte[] up = new byte[name.length];
        for (int i = 0; i < name.length; i++) {
            up[i] = (byte) Cp437.toUpper(name[i] & 0xFF);
        }
        return up;
    }
}
