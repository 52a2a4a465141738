package io.flashdeck.core.fat.dir;

/** Why long-name slots were ignored. */
public enum SlotProblemKind {
    /** Long-name slots not followed by the short entry they belong to. */
    ORPHAN_LONG_NAME,
    /** The slots' checksum does not match the short entry after them, or the slots disagree. */
    BAD_CHECKSUM,
    /** Ordinals missing, repeated or out of order, or the name badly terminated or padded. */
    BAD_SEQUENCE
}
