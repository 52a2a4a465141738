package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.FatType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the clusters marked in use that no file or directory reaches, and groups them into the
 * chains they form, one problem per chain. A chain starts at a lost cluster no other lost cluster
 * links to; lost clusters left over after those walks form loops and are grouped the same way.
 * The problems are bounded in number, so a table full of garbage costs no more memory than the
 * bitmaps do.
 */
final class LostClusters {

    /** Lost chains reported one by one; more (a table full of garbage) are reported together. */
    static final int MAX_LISTED_CHAINS = 1000;

    private final FatFileSystem fs;
    private final FatCopy fat;
    private final ClusterUse use;
    private final BitSet lost = new BitSet();
    private final BitSet linkedTo = new BitSet();
    private final List<Problem> problems = new ArrayList<>();
    private long unlistedChains;
    private long unlistedClusters;
    private long freeClusters;
    private long badClusters;
    private long lostClusters;

    LostClusters(FatFileSystem fs, FatCopy fat, ClusterUse use) {
        this.fs = fs;
        this.fat = fat;
        this.use = use;
    }

    /**
     * Reads the whole table once, counting and marking lost clusters; returns one problem per lost
     * chain, the chains past {@link #MAX_LISTED_CHAINS} together in one.
     */
    List<Problem> find() throws IOException {
        FatType type = fs.type();
        new TableEntries(fs.device(), fs.bootSector()).forEach(fat.copy(), (cluster, raw) -> {
            long value = raw & type.mask();
            if (cluster < 2 || use.isUsed(cluster)) {
                return;
            }
            if (value == 0) {
                freeClusters++;
            } else if (type.isBad(value)) {
                badClusters++;
            } else {
                lost.set(index(cluster));
                lostClusters++;
                if (fat.isDataCluster(value)) {
                    linkedTo.set(index(value));
                }
            }
        });
        BitSet grouped = new BitSet();
        for (int head = lost.nextSetBit(0); head >= 0; head = lost.nextSetBit(head + 1)) {
            if (!linkedTo.get(head)) {
                report(cluster(head), group(cluster(head), grouped));
            }
        }
        for (int loop = nextUngrouped(grouped, 0); loop >= 0; loop = nextUngrouped(grouped, loop + 1)) {
            report(cluster(loop), group(cluster(loop), grouped));
        }
        if (unlistedChains > 0) {
            problems.add(new Problem(ProblemKind.LOST_CLUSTERS, null, 0, unlistedChains + " more lost chains hold "
                    + unlistedClusters + " clusters", session -> "freed " + freeAll(session) + " more lost clusters"));
        }
        return problems;
    }

    long freeClusters() {
        return freeClusters;
    }

    long badClusters() {
        return badClusters;
    }

    long lostClusters() {
        return lostClusters;
    }

    /**
     * Walks the lost chain at {@code head} until it leaves the lost clusters or meets one already
     * grouped; returns its length.
     */
    private long group(long head, BitSet grouped) throws IOException {
        long count = 0;
        for (long cluster = head; fat.isDataCluster(cluster) && lost.get(index(cluster))
                && !grouped.get(index(cluster)); cluster = fat.value(cluster)) {
            grouped.set(index(cluster));
            count++;
        }
        return count;
    }

    /** One problem per lost chain, up to a bound; the chains past it are counted into one last problem. */
    private void report(long head, long clusters) {
        if (problems.size() == MAX_LISTED_CHAINS) {
            unlistedChains++;
            unlistedClusters += clusters;
            return;
        }
        String what = clusters == 1 ? "cluster " + head + " is"
                : clusters + " clusters (" + clusters * fs.clusters().clusterBytes() + " bytes) from cluster " + head + " on are";
        problems.add(new Problem(ProblemKind.LOST_CLUSTERS, null, head, what + " marked in use but belong"
                + (clusters == 1 ? "s" : "") + " to no file or directory", session -> {
                    long freed = free(session, head);
                    return freed == 1 ? "freed lost cluster " + head : "freed " + freed + " lost clusters from cluster " + head;
                }));
    }

    /** Frees every cluster the check saw lost that is still marked in use. */
    private long freeAll(RepairSession session) throws IOException {
        long freed = 0;
        for (int i = lost.nextSetBit(0); i >= 0; i = lost.nextSetBit(i + 1)) {
            if (session.fs().fat().get(cluster(i)) != 0) {
                session.fs().fat().set(cluster(i), 0);
                freed++;
            }
        }
        return freed;
    }

    /** Frees the lost chain at {@code head}, as far as the check saw it lost. */
    private long free(RepairSession session, long head) throws IOException {
        long freed = 0;
        long cluster = head;
        while (fat.isDataCluster(cluster) && lost.get(index(cluster))) {
            long next = session.fs().fat().get(cluster);
            if (next == 0) {
                break;
            }
            session.fs().fat().set(cluster, 0);
            freed++;
            cluster = next;
        }
        return freed;
    }

    private int nextUngrouped(BitSet grouped, int from) {
        for (int i = lost.nextSetBit(from); i >= 0; i = lost.nextSetBit(i + 1)) {
            if (!grouped.get(i)) {
                return i;
            }
        }
        return -1;
    }

    private static int index(long cluster) {
        return (int) (cluster - 2);
    }

    private static long cluster(int index) {
        return index + 2L;
    }
}
