package io.flashdeck.core.transfer;

import java.util.Objects;

/**
 * How files are copied.
 *
 * @param conflicts what to do with a file that exists at the target
 * @param verify    re-read every written file and compare its SHA-256 with the source's
 */
public record CopyOptions(ConflictPolicy conflicts, boolean verify) {

    /** Like {@code cp}: replace, no verification. */
    public static final CopyOptions DEFAULT = new CopyOptions(ConflictPolicy.REPLACE, false);

    public CopyOptions {
        Objects.requireNonNull(conflicts, "conflicts");
    }

    public CopyOptions withVerify(boolean verifyWrites) {
        return new CopyOptions(conflicts, verifyWrites);
    }
}
