package io.flashdeck.core.fat.check;

/**
 * What can be wrong with a FAT volume. The order is the order of repair: the table copies are
 * made one first, chains are cut and untangled before sizes are matched to them, entries move
 * last within their directory, and lost clusters are freed and FSInfo recounted at the end.
 */
public enum ProblemKind {
    FATS_DIFFER("FATs differ", RepairPhase.TABLE),
    BAD_MEDIA_ENTRY("bad media entry", RepairPhase.HEADER),
    DIRTY_FLAG("dirty flag", RepairPhase.HEADER),
    BACKUP_BOOT_DIFFERS("backup boot sector differs", RepairPhase.HEADER),
    CHAIN_INVALID("invalid chain", RepairPhase.CHAINS),
    CHAIN_CYCLE("chain cycle", RepairPhase.CHAINS),
    INVALID_FIRST_CLUSTER("invalid first cluster", RepairPhase.CHAINS),
    CROSS_LINKED("cross-linked", RepairPhase.CHAINS),
    SIZE_MISMATCH("size mismatch", RepairPhase.CHAINS),
    BAD_LONG_NAME_CHECKSUM("bad long-name checksum", RepairPhase.ENTRIES),
    ORPHAN_LONG_NAME("orphan long name", RepairPhase.ENTRIES),
    BAD_LONG_NAME_SEQUENCE("bad long-name sequence", RepairPhase.ENTRIES),
    DIRECTORY_WITH_SIZE("directory with size", RepairPhase.ENTRIES),
    INVALID_ENTRY("invalid entry", RepairPhase.ENTRIES),
    ENTRIES_AFTER_END("entries after the end mark", RepairPhase.ENTRIES),
    VOLUME_LABEL("volume label", RepairPhase.ENTRIES),
    BAD_SHORT_NAME("bad 8.3 name", RepairPhase.ENTRIES),
    DUPLICATE_NAME("duplicate name", RepairPhase.ENTRIES),
    INVALID_DOT_ENTRIES("invalid . or .. entry", RepairPhase.ENTRIES),
    LOST_CLUSTERS("lost clusters", RepairPhase.LOST),
    FSINFO_WRONG("FSInfo wrong", RepairPhase.FSINFO);

    /**
     * Groups of repairs; the repairer reopens the file system between groups, so none of them
     * works on structures another group changed behind the engine's caches.
     */
    enum RepairPhase { TABLE, HEADER, CHAINS, ENTRIES, LOST, FSINFO }

    private final String label;
    private final RepairPhase phase;

    ProblemKind(String label, RepairPhase phase) {
        this.label = label;
        this.phase = phase;
    }

    /** A short lower-case name for reports, such as {@code "cross-linked"}. */
    public String label() {
        return label;
    }

    RepairPhase phase() {
        return phase;
    }
}
