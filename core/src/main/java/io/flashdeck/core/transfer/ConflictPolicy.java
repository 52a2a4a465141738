package io.flashdeck.core.transfer;

/** What a copy or move does when a file already exists at the target. Directories always merge. */
public enum ConflictPolicy {
    /** Overwrite it, as {@code cp} and {@code mv} do. */
    REPLACE,
    /** Leave it and the source alone. */
    SKIP,
    /** Leave it when it has the source's size and SHA-256, otherwise overwrite it. */
    SKIP_UNCHANGED,
    /** Keep it and store the new file as {@code "name (1).ext"}, the first such name that is free. */
    KEEP_BOTH
}
