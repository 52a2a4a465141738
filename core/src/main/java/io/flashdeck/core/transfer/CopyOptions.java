package io.flashdeck.core.transfer;

import java.util.Objects;

/**
 * How files are copied.
 *
 * @param conflicts what to do with a file that exists at the target
 * @param verify    re-read every written file and compare its SHA-256 with the source's
 * @param parallel  copy several files at once where both volumes allow it (see {@link Copier})
 */
public record CopyOptions(ConflictPolicy conflicts, boolean verify, boolean parallel) {

    /** Like {@code cp}: replace, no verification, one file at a time. */
    public static final CopyOptions DEFAULT = new CopyOptions(ConflictPolicy.REPLACE, false);

    public CopyOptions {
        Objects.requireNonNull(conflicts, "conflicts");
    }

    /** One file at a time. */
    public CopyOptions(ConflictPolicy conflicts, boolean verify) {
        this(conflicts, verify, false);
    }

    public CopyOptions withVerify(boolean verifyWrites) {
        return new CopyOptions(conflicts, verifyWrites, parallel);
    }

    public CopyOptions withParallel(boolean overlapFiles) {
        return new CopyOptions(conflicts, verify, overlapFiles);
    }
}
