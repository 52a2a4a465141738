package io.flashdeck.core.fat.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a volume: its kind, where it is (a path, a cluster or both), a sentence
 * saying what is wrong, and, when it can be repaired, how. The repair is held here because only
 * the check knows the exact slots and clusters concerned.
 */
public final class Problem {

    private final ProblemKind kind;
    private final String path;
    private final long cluster;
    private final String description;
    private final Repair repair;

    /**
     * @param path    the file or directory concerned, or null for the volume's own structures
     * @param cluster the cluster concerned, or 0
     * @param repair  how to repair it, or null when it cannot be repaired
     */
    Problem(ProblemKind kind, String path, long cluster, String description, Repair repair) {
        this.kind = Objects.requireNonNull(kind);
        this.path = path;
        this.cluster = cluster;
        this.description = Objects.requireNonNull(description);
        this.repair = repair;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The file or directory concerned, if any. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The cluster concerned, or 0. */
    public long cluster() {
        return cluster;
    }

    /** What is wrong, in plain words. */
    public String description() {
        return description;
    }

    public boolean repairable() {
        return repair != null;
    }

    Repair repair() {
        return repair;
    }

    /** Where the problem is: its path, else its cluster, else the volume. */
    public String where() {
        if (path != null) {
            return path;
        }
        return cluster != 0 ? "cluster " + cluster : "volume";
    }

    /** One line: kind, place and description. */
    @Override
    public String toString() {
        return kind.label() + ": " + where() + ": " + description;
    }
}
