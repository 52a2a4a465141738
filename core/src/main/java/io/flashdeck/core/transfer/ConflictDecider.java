package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;

/**
 * Decides, file by file, what happens to a file that exists at the target: a fixed
 * {@link ConflictPolicy} for the command line, a question to the user in the desktop app.
 */
@FunctionalInterface
public interface ConflictDecider {

    /**
     * The policy for this one file.
     *
     * @param source   the file about to be copied, as listed
     * @param target   where it would land
     * @param existing the file already there
     */
    ConflictPolicy decide(Endpoint source, FileEntry sourceEntry, Endpoint target, FileEntry existing)
            throws IOException;

    static ConflictDecider always(ConflictPolicy policy) {
        return (source, sourceEntry, target, existing) -> policy;
    }
}
