package io.flashdeck.core.fat.table;

import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;

/**
 * Walks a cluster chain run by run, merging consecutive clusters, and refuses chains that leave
 * the volume, reach a free or bad cluster, or loop: a damaged table gives a
 * {@link CorruptVolumeException}, never a hang.
 *
 * <p>Loops are found with Brent's method: a cluster seen at each power-of-two step is remembered,
 * and meeting it again means the walk goes round, which shows within twice the loop's reach
 * without any memory beyond two numbers. The volume's cluster count bounds the walk as well.
 */
public final class ChainCursor {

    /** Most table entries read ahead at once. */
    private static final int MAX_AHEAD = 64;

    private final FatTable fat;
    private final long start;
    private long next;
    private long visited;
    private long remembered;
    private long stepsSinceRemembered;
    private long rememberEvery = 1;
    /** Table entries read ahead: a chain mostly runs on to the next cluster, whose entry is next in the table. */
    private final long[] ahead;
    private long aheadFirst;
    private int aheadCount;

    /** A cursor at {@code firstCluster}; 0 stands for the empty chain of an empty file. */
    public ChainCursor(FatTable fat, long firstCluster) throws CorruptVolumeException {
        this(fat, firstCluster, MAX_AHEAD);
    }

    /**
     * A cursor on a chain expected to be {@code expectedClusters} long (a file's size tells), which
     * reads no more of the table ahead: most files of a camera's card take a few clusters, and
     * decoding 64 entries for each of thousands of them would be wasted. A longer chain is still
     * walked whole, a stretch of the table at a time.
     */
    public ChainCursor(FatTable fat, long firstCluster, long expectedClusters) throws CorruptVolumeException {
        this.fat = fat;
        this.ahead = new long[(int) Math.max(1, Math.min(MAX_AHEAD, expectedClusters))];
        this.start = firstCluster;
        if (firstCluster != 0 && (firstCluster < 2 || firstCluster > fat.lastCluster())) {
            throw new CorruptVolumeException("a chain starts at cluster " + firstCluster
                    + ", outside the volume (clusters 2 to " + fat.lastCluster() + ")");
        }
        this.next = firstCluster;
        this.remembered = firstCluster;
    }

    /** The next run of at most {@code maxClusters} clusters, or null at the end of the chain. */
    public ClusterRun nextRun(long maxClusters) throws IOException {
        if (next == 0) {
            return null;
        }
        long first = next;
        long length = 0;
        long cluster = first;
        while (true) {
            length++;
            if (++visited > fat.clusterCount()) {
                throw new CorruptVolumeException("the cluster chain starting at " + start
                        + " is longer than the volume's " + fat.clusterCount() + " clusters (it loops)");
            }
            long value = entry(cluster);
            if (fat.type().isEndOfChain(value)) {
                next = 0;
                break;
            }
            checkLink(cluster, value);
            checkLoop(cluster, value);
            if (value != cluster + 1 || length == maxClusters) {
                next = value;
                break;
            }
            cluster = value;
        }
        return new ClusterRun(first, length);
    }

    private long entry(long cluster) throws IOException {
        long index = cluster - aheadFirst;
        if (index < 0 || index >= aheadCount) {
            aheadCount = fat.getRun(cluster, ahead);
            aheadFirst = cluster;
            index = 0;
        }
        return ahead[(int) index];
    }

    /** The next run with no length limit. */
    public ClusterRun nextRun() throws IOException {
        return nextRun(Long.MAX_VALUE);
    }

    /** Clusters walked so far. */
    public long visited() {
        return visited;
    }

    /** Walks the whole chain and returns its length in clusters (0 for the empty chain). */
    public static long length(FatTable fat, long firstCluster) throws IOException {
        ChainCursor cursor = new ChainCursor(fat, firstCluster);
        while (cursor.nextRun() != null) {
            // Each step is checked inside nextRun.
        }
        return cursor.visited();
    }

    private void checkLoop(long cluster, long value) throws CorruptVolumeException {
        if (value == remembered) {
            throw new CorruptVolumeException("cluster " + cluster + " of the chain starting at " + start
                    + " links back to cluster " + value + " (the chain loops)");
        }
        if (++stepsSinceRemembered == rememberEvery) {
            remembered = value;
            rememberEvery <<= 1;
            stepsSinceRemembered = 0;
        }
    }

    private void checkLink(long cluster, long value) throws CorruptVolumeException {
        if (value == 0) {
            throw new CorruptVolumeException(where(cluster) + " is marked free");
        }
        if (fat.type().isBad(value)) {
            throw new CorruptVolumeException(where(cluster) + " is marked bad");
        }
        if (value < 2 || value > fat.lastCluster()) {
            throw new CorruptVolumeException(where(cluster) + " links to " + value
                    + ", outside the volume (clusters 2 to " + fat.lastCluster() + ")");
        }
    }

    /** Spelled out only for a broken link: every cluster of every file read passes this check. */
    private String where(long cluster) {
        return "cluster " + cluster + " of the chain starting at " + start;
    }
}
