package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;
import java.util.Arrays;

/** Whether two files hold the same bytes, judged as skip-unchanged judges: the size, then the SHA-256. */
public final class SameContent {

    private SameContent() {
    }

    /** Hashes only files of equal size; a camera hashes its own files, so only the digests cross the link. */
    public static boolean check(Endpoint one, FileEntry oneEntry, Endpoint other, FileEntry otherEntry)
            throws IOException {
        return oneEntry.size() == otherEntry.size()
                && Arrays.equals(one.volume().sha256(one.path()), other.volume().sha256(other.path()));
    }
}
