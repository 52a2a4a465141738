package io.flashdeck.core.fat.table;

/**
 * Consecutive clusters {@code first} to {@code first + length - 1}: the unit of big device reads
 * and writes.
 */
public record ClusterRun(long first, long length) {

    public ClusterRun {
        if (first < 2 || length < 1) {
            throw new IllegalArgumentException("run of " + length + " clusters from " + first);
        }
    }

    public long last() {
        return first + length - 1;
    }
}
