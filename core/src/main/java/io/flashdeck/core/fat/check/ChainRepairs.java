package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.data.ChainInputStream;
import io.flashdeck.core.fat.data.ChainWriter;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.table.ChainCursor;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;

import java.io.IOException;

/**
 * Repairs of cluster chains. Each change is ordered so that a power cut part way leaves at worst
 * clusters nobody refers to: a new chain is complete on disk before anything links to it, and a
 * chain is freed only after its entry stopped naming it.
 */
final class ChainRepairs {

    private static final long MAX_FILE_SIZE = 0xFFFF_FFFFL;

    private ChainRepairs() {
    }

    /** Ends a chain at {@code cluster}, its last sound cluster. */
    static Repair endAt(long cluster) {
        return session -> {
            session.endChainAt(cluster);
            return "ended the chain at cluster " + cluster;
        };
    }

    /** Empties a file whose data cannot be found: no cluster, size 0. */
    static Repair emptyFile(EntrySite site) {
        return session -> {
            session.updateEntry(site, entry -> {
                entry.setFirstCluster(0);
                entry.setSize(0);
            });
            return "emptied " + site.path();
        };
    }

    /** Removes the entry of a directory whose clusters are not its own (or not there at all). */
    static Repair removeEntry(EntrySite site) {
        return session -> {
            session.removeEntry(site);
            return "removed the entry of " + site.path();
        };
    }

    /**
     * Makes a file's size and chain agree: a chain longer than the size needs is cut to fit it, a
     * size beyond the chain's end is lowered to the chain's length.
     */
    static Repair matchSize(EntrySite site, long chainClusters) {
        return session -> {
            FatFileSystem fs = session.fs();
            RepairSession.Found found = session.find(site);
            DirEntry entry = found.directory().entryOf(found.record());
            int clusterBytes = fs.clusters().clusterBytes();
            long needed = (entry.size() + clusterBytes - 1) / clusterBytes;
            if (chainClusters == needed) {
                return site.path() + " needed no change";
            }
            if (chainClusters < needed) {
                long size = Math.min(chainClusters * clusterBytes, MAX_FILE_SIZE);
                entry.setSize(size);
                found.directory().update(found.record(), entry);
                return "set the size of " + site.path() + " to " + size + " bytes, the length of its chain";
            }
            long first = session.firstCluster(entry);
            if (needed == 0) {
                entry.setFirstCluster(0);
                found.directory().update(found.record(), entry);
                fs.allocator().free(first);
            } else {
                long last = clusterAt(fs, first, needed - 1);
                long rest = fs.fat().get(last);
                session.endChainAt(last);
                fs.allocator().free(rest);
            }
            return "cut the chain of " + site.path() + " to " + needed + " clusters, as its size of "
                    + entry.size() + " bytes needs";
        };
    }

    /**
     * Gives a file its own copy of the clusters it shares with another owner, from cluster
     * {@code shared} to the end, linked after {@code cutAt} (0: as the whole chain); without room
     * for a copy the file is cut before the shared clusters (its size is matched afterwards).
     */
    static Repair untangleFile(EntrySite site, long cutAt, long shared, String otherOwner) {
        return session -> {
            FatFileSystem fs = session.fs();
            long clusters = ChainCursor.length(fs.fat(), shared);
            long bytes = clusters * fs.clusters().clusterBytes();
            long copy;
            try {
                copy = new ChainWriter(fs.allocator(), fs.clusters()).write(
                        new ChainInputStream(fs.fat(), fs.clusters(), shared, bytes, site.path()), bytes, done -> { });
            } catch (VolumeFullException e) {
                relink(session, site, cutAt, 0);
                return "cut " + site.path() + " before the clusters it shared with " + otherOwner
                        + " (no room for a copy of " + clusters + " clusters)";
            }
            fs.fat().flush();
            relink(session, site, cutAt, copy);
            return "gave " + site.path() + " its own copy of the " + clusters + " clusters it shared with " + otherOwner;
        };
    }

    /** Points the entry at {@code site}, or the end of its chain at {@code cutAt}, to {@code next} (0: nothing). */
    private static void relink(RepairSession session, EntrySite site, long cutAt, long next) throws IOException {
        if (cutAt != 0) {
            session.fs().fat().set(cutAt, next == 0 ? session.fs().type().endOfChain() : next);
        } else {
            session.updateEntry(site, entry -> {
                entry.setFirstCluster((int) next);
                if (next == 0) {
                    entry.setSize(0);
                }
            });
        }
    }

    /** The cluster {@code index} steps into the sound chain at {@code first}. */
    private static long clusterAt(FatFileSystem fs, long first, long index) throws IOException {
        long cluster = first;
        for (long step = 0; step < index; step++) {
            cluster = fs.fat().get(cluster);
            if (!fs.bootSector().layout().isValidCluster(cluster)) {
                throw new CorruptVolumeException("the chain at cluster " + first + " ends after " + (step + 1)
                        + " clusters, not " + (index + 1));
            }
        }
        return cluster;
    }
}
