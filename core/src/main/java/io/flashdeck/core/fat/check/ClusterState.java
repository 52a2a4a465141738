package io.flashdeck.core.fat.check;

/** What a data cluster is used for, as the cluster map shows it. */
public enum ClusterState {
    /** Marked free. */
    FREE,
    /** Part of a file. */
    FILE,
    /** Part of a directory. */
    DIRECTORY,
    /** Marked in use, but no file or directory reaches it. */
    LOST,
    /** Marked bad, and unused. */
    BAD,
    /** Unused and marked with a reserved value (1, or between the last cluster number and the bad mark). */
    RESERVED,
    /** Reached by two owners. */
    CROSS_LINKED
}
