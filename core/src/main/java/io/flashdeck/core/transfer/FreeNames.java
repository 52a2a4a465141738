package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;

/**
 * Finds {@code "name (1).ext"}, {@code "name (2).ext"}... for keeping both files of a conflict (and
 * for the checker, which renames the second of two entries with one name).
 */
public final class FreeNames {

    /** Tries this many numbers before giving up, so a crowded directory cannot keep the search going. */
    static final int MAX_TRIES = 9999;

    private FreeNames() {
    }

    static VolumePath firstFree(TargetLookup target, VolumePath taken) throws IOException {
        for (int n = 1; n <= MAX_TRIES; n++) {
            VolumePath candidate = taken.parent().resolve(numbered(taken.name(), n));
            if (target.find(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new FileAlreadyExistsException(taken.toString(), null, "no free numbered name left");
    }

    /** {@code "a.jpg"} → {@code "a (n).jpg"}; a leading dot, as in {@code ".profile"}, starts no extension. */
    public static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name + " (" + n + ")";
        }
        return name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }
}
