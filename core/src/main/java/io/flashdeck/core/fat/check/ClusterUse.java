package io.flashdeck.core.fat.check;

import java.io.IOException;
import java.util.BitSet;

/**
 * Which clusters the walk of the tree reached: three bits per cluster (in use, by a directory,
 * shared by two owners), so memory stays at 24 MiB even for the largest volume checked.
 */
final class ClusterUse {

    /** Volumes with more clusters are refused rather than checked with unbounded memory. */
    static final long MAX_CLUSTERS = 1L << 26;

    private final long lastCluster;
    private final BitSet used;
    private final BitSet directory;
    private final BitSet shared;

    ClusterUse(long clusterCount) throws IOException {
        requireSupported(clusterCount);
        this.lastCluster = clusterCount + 1;
        this.used = new BitSet((int) clusterCount);
        this.directory = new BitSet();
        this.shared = new BitSet();
    }

    /** Refuses, before any work, a volume with more clusters than a check handles. */
    static void requireSupported(long clusterCount) throws IOException {
        if (clusterCount > MAX_CLUSTERS) {
            throw new IOException("checking handles volumes of up to " + MAX_CLUSTERS + " clusters; this one has "
                    + clusterCount + " (format it with larger clusters)");
        }
    }

    boolean isUsed(long cluster) {
        return used.get(index(cluster));
    }

    /** Marks {@code cluster} as reached by a file, or by a directory. */
    void claim(long cluster, boolean byDirectory) {
        used.set(index(cluster));
        if (byDirectory) {
            directory.set(index(cluster));
        }
    }

    boolean isDirectory(long cluster) {
        return directory.get(index(cluster));
    }

    /** Marks {@code cluster} as reached by a second owner; false when it was marked before. */
    boolean markShared(long cluster) {
        int index = index(cluster);
        if (shared.get(index)) {
            return false;
        }
        shared.set(index);
        return true;
    }

    boolean isShared(long cluster) {
        return shared.get(index(cluster));
    }

    long usedCount() {
        return used.cardinality();
    }

    private int index(long cluster) {
        if (cluster < 2 || cluster > lastCluster) {
            throw new IllegalArgumentException("cluster " + cluster + " is not a data cluster");
        }
        return (int) (cluster - 2);
    }
}
