package io.flashdeck.core.fat.check;

import java.io.IOException;
import java.util.Arrays;

/**
 * Follows one chain from its first cluster, claiming each cluster for its owner, and stops at
 * the first thing wrong. Every step claims a cluster nobody claimed before, so all the walks of
 * one check together take at most as many steps as the volume has clusters.
 */
final class ChainWalk {

    /** How a walk ended. */
    enum End {
        /** At an end-of-chain mark: the chain is sound. */
        END_MARK,
        /** At a cluster marked free or bad, which cannot belong to a chain. */
        UNUSABLE_CLUSTER,
        /** At a link to a number that is no data cluster. */
        BAD_LINK,
        /** At a cluster this chain claimed before. */
        CYCLE,
        /** At a cluster another owner claimed before. */
        SHARED
    }

    /** Told about every cluster claimed, with its owner (the cluster map names owners this way). */
    @FunctionalInterface
    interface Observer {
        Observer NONE = (cluster, owner) -> { };

        void claimed(long cluster, String owner);
    }

    /**
     * @param end      how the walk ended
     * @param claimed  clusters claimed
     * @param keep     the first claimed clusters, as many as asked for (a directory's content)
     * @param cutAt    the last sound cluster, where an end mark would end the chain soundly; 0
     *                 when not even the first cluster is sound
     * @param met      the cluster met again (CYCLE, SHARED), the unusable cluster (UNUSABLE_CLUSTER)
     *                 or the bad link value (BAD_LINK)
     */
    record Result(End end, long claimed, long[] keep, long cutAt, long met) {
    }

    private final FatCopy fat;
    private final ClusterUse use;
    private final Observer observer;

    ChainWalk(FatCopy fat, ClusterUse use, Observer observer) {
        this.fat = fat;
        this.use = use;
        this.observer = observer;
    }

    /** Walks the chain at {@code first} (a data cluster) for {@code owner}, keeping up to {@code keep} clusters. */
    Result walk(long first, String owner, boolean directory, int keep) throws IOException {
        long[] kept = new long[Math.min(keep, 64)];
        int keptCount = 0;
        long claimed = 0;
        long previous = 0;
        long cluster = first;
        while (true) {
            if (use.isUsed(cluster)) {
                End end = contains(first, claimed, cluster) ? End.CYCLE : End.SHARED;
                return new Result(end, claimed, Arrays.copyOf(kept, keptCount), previous, cluster);
            }
            long value = fat.value(cluster);
            if (value == 0 || fat.type().isBad(value)) {
                return new Result(End.UNUSABLE_CLUSTER, claimed, Arrays.copyOf(kept, keptCount), previous, cluster);
            }
            use.claim(cluster, directory);
            observer.claimed(cluster, owner);
            claimed++;
            if (keptCount < keep) {
                if (keptCount == kept.length) {
                    kept = Arrays.copyOf(kept, Math.min(keep, kept.length * 2));
                }
                kept[keptCount++] = cluster;
            }
            if (fat.type().isEndOfChain(value)) {
                return new Result(End.END_MARK, claimed, Arrays.copyOf(kept, keptCount), cluster, 0);
            }
            if (!fat.isDataCluster(value)) {
                return new Result(End.BAD_LINK, claimed, Arrays.copyOf(kept, keptCount), cluster, value);
            }
            previous = cluster;
            cluster = value;
        }
    }

    /** Whether {@code cluster} is among the first {@code steps} clusters of the chain at {@code first}. */
    private boolean contains(long first, long steps, long cluster) throws IOException {
        long at = first;
        for (long step = 0; step < steps; step++) {
            if (at == cluster) {
                return true;
            }
            at = fat.value(at);
        }
        return false;
    }
}
