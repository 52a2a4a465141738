package io.flashdeck.core.fat.table;

import io.flashdeck.core.volume.VolumeFullException;

import java.io.IOException;
import java.util.Optional;

/**
 * Hands out and takes back clusters, keeping the free count and the allocation hint that FSInfo
 * publishes.
 *
 * <p>Like FatFs, the search for free clusters starts after the last cluster handed out and wraps
 * around. The free count comes from FSInfo when it can be trusted and is otherwise counted the
 * first time it is needed, so opening a large volume reads nothing of its table.
 */
public final class ClusterAllocator {

    private final FatTable fat;
    private final Optional<FsInfoSector> fsInfo;
    private long freeCount;
    private long lastAllocated;
    private boolean fsInfoStale;

    /** An allocator for {@code fat} that starts from what {@code fsInfo} says, if anything. */
    public ClusterAllocator(FatTable fat, Optional<FsInfoSector> fsInfo) throws IOException {
        this.fat = fat;
        this.fsInfo = fsInfo;
        this.freeCount = -1;
        this.lastAllocated = 0;
        if (fsInfo.isPresent()) {
            FsInfoSector.Contents contents = fsInfo.get().read();
            freeCount = contents.trustedFreeCount(fat.clusterCount()).orElse(-1L);
            if (contents.signaturesValid()) {
                lastAllocated = contents.nextFree();
            }
        }
    }

    /** Free clusters, counted from the table the first time when FSInfo could not say. */
    public long freeClusters() throws IOException {
        if (freeCount < 0) {
            freeCount = fat.countFree();
            fsInfoStale = true;
        }
        return freeCount;
    }

    /** Throws {@link VolumeFullException} unless {@code clusters} clusters are free. */
    public void require(long clusters, int clusterBytes, String volumeName) throws IOException {
        long free = freeClusters();
        if (clusters > free) {
            throw new VolumeFullException("not enough space on " + volumeName + ": need "
                    + clusters * clusterBytes + " bytes, " + free * clusterBytes + " free");
        }
    }

    /**
     * Takes the next run of at most {@code maxClusters} free clusters and links it as a chain of
     * its own (each cluster pointing to the next, the last marked end of chain).
     */
    public ClusterRun allocate(long maxClusters) throws IOException {
        long first = findFree();
        long length = 1;
        while (length < maxClusters && first + length <= fat.lastCluster() && fat.get(first + length) == 0) {
            length++;
        }
        for (long cluster = first; cluster < first + length - 1; cluster++) {
            fat.set(cluster, cluster + 1);
        }
        fat.set(first + length - 1, fat.type().endOfChain());
        lastAllocated = first + length - 1;
        if (freeCount >= 0) {
            freeCount -= length;
        }
        fsInfoStale = true;
        return new ClusterRun(first, length);
    }

    /** Makes {@code from}, the end of one chain, continue with the chain at {@code to}. */
    public void link(long from, long to) throws IOException {
        fat.set(from, to);
    }

    /**
     * Frees every cluster of the chain starting at {@code firstCluster} (0: nothing). Callers walk
     * the chain first ({@link ChainCursor#length}) so a damaged chain stops them before any change.
     */
    public void free(long firstCluster) throws IOException {
        ChainCursor cursor = new ChainCursor(fat, firstCluster);
        for (ClusterRun run = cursor.nextRun(); run != null; run = cursor.nextRun()) {
            for (long cluster = run.first(); cluster <= run.last(); cluster++) {
                fat.set(cluster, 0);
            }
            if (freeCount >= 0) {
                freeCount += run.length();
            }
        }
        fsInfoStale = true;
    }

    /** The last cluster handed out: where the next search starts. */
    public long lastAllocated() {
        return lastAllocated;
    }

    /** Writes the table's changes, then FSInfo when its numbers changed. */
    public void sync() throws IOException {
        fat.flush();
        if (fsInfoStale && fsInfo.isPresent()) {
            fsInfo.get().write(freeCount < 0 ? FsInfoSector.UNKNOWN : freeCount, lastAllocated);
        }
        fsInfoStale = false;
    }

    private long findFree() throws IOException {
        long start = lastAllocated >= 2 && lastAllocated <= fat.lastCluster() ? lastAllocated : 1;
        long cluster = start;
        for (long step = 0; step < fat.clusterCount(); step++) {
            cluster = cluster >= fat.lastCluster() ? 2 : cluster + 1;
            if (fat.get(cluster) == 0) {
                return cluster;
            }
        }
        freeCount = 0;
        throw new VolumeFullException("no free cluster is left on the volume");
    }
}
