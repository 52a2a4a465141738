package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.FatLayout;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryListing;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.DirectoryScanner;
import io.flashdeck.core.fat.table.ClusterRun;
import io.flashdeck.core.fat.tree.DirectoryLocation;
import io.flashdeck.core.fat.tree.DirectoryStore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks the directory tree breadth first from the root, claiming every cluster of every file and
 * directory, and reports what is wrong with chains and entries. A directory is entered only
 * through clusters nobody claimed before, so a tree that loops back on itself is walked once.
 */
final class TreeScan {

    /** A directory waiting to be read: its own clusters, and what its {@code ..} entry should name. */
    private record Pending(DirectoryLocation location, String path, long[] clusters, long expectedDotDot) {
    }

    /** A chain found running into clusters another owner claimed first; the owner is named later. */
    record CrossLink(EntrySite site, boolean directory, long cutAt, long shared) {
    }

    private final FatFileSystem fs;
    private final FatLayout layout;
    private final ClusterUse use;
    private final ChainWalk walker;
    private final FatCopy fat;
    private final int maxDirectoryClusters;
    private final List<Problem> problems = new ArrayList<>();
    private final List<CrossLink> crossLinks = new ArrayList<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private long files;
    private long directories;

    TreeScan(FatFileSystem fs, FatCopy fat, ClusterUse use, ChainWalk.Observer observer) {
        this.fs = fs;
        this.layout = fs.bootSector().layout();
        this.fat = fat;
        this.use = use;
        this.walker = new ChainWalk(fat, use, observer);
        this.maxDirectoryClusters = (int) Math.max(1, (long) DirectoryStore.MAX_SLOTS * DirEntry.SIZE / layout.clusterBytes());
    }

    void run() throws IOException {
        DirectoryLocation root = fs.directories().root();
        if (root.isFixedRoot()) {
            byte[] bytes = fs.device().read(layout.rootDirOffset(), (int) layout.rootDirBytes());
            scan(new Pending(root, "/", new long[0], 0), bytes);
        } else {
            ChainWalk.Result chain = walker.walk(root.firstCluster(), "/", true, maxDirectoryClusters);
            if (chain.end() == ChainWalk.End.UNUSABLE_CLUSTER && chain.cutAt() == 0) {
                rootStartsUnusable(root.firstCluster());
                return;
            }
            chainProblems("/", chain);
            overlongDirectory("/", chain);
            pending.add(new Pending(root, "/", chain.keep(), 0));
        }
        while (!pending.isEmpty()) {
            Pending directory = pending.poll();
            scan(directory, read(directory.clusters()));
        }
    }

    List<Problem> problems() {
        return problems;
    }

    List<CrossLink> crossLinks() {
        return crossLinks;
    }

    long files() {
        return files;
    }

    long directories() {
        return directories;
    }

    private void scan(Pending directory, byte[] bytes) throws IOException {
        DirectoryListing listing = DirectoryScanner.scan(bytes);
        DirectoryChecks checks = new DirectoryChecks(fs, directory.location(), directory.path(), problems);
        checks.longNames(listing);
        checks.dotEntries(listing, directory.expectedDotDot());
        checks.invalidEntries(bytes, listing.endSlot());
        checks.entriesAfterEnd(bytes, listing.endSlot());
        if (directory.location().isRoot()) {
            new LabelCheck(fs, problems).check(directory.location(), bytes, listing.endSlot());
        }
        checks.duplicates(listing, checks.badShortNames(listing));
        for (DirectoryRecord record : listing.entries()) {
            if (DirectoryChecks.isDotEntry(record)) {
                continue;
            }
            String path = childPath(directory.path(), record.displayName());
            EntrySite site = new EntrySite(directory.location(), record.shortSlot(), record.entry().shortName(), path);
            if (record.entry().isDirectory()) {
                subdirectory(site, record.entry(), directory.location());
            } else {
                file(site, record.entry());
            }
        }
    }

    private void file(EntrySite site, DirEntry entry) throws IOException {
        files++;
        long first = fs.directories().firstCluster(entry);
        if (first == 0) {
            if (entry.size() != 0) {
                sizeMismatch(site, entry, 0);
            }
            return;
        }
        if (!layout.isValidCluster(first)) {
            add(ProblemKind.INVALID_FIRST_CLUSTER, site.path(), first, "starts at cluster " + first
                    + ", outside the volume (clusters 2 to " + layout.lastCluster() + ")", ChainRepairs.emptyFile(site));
            return;
        }
        ChainWalk.Result chain = walker.walk(first, site.path(), false, 0);
        if (chain.end() == ChainWalk.End.UNUSABLE_CLUSTER && chain.cutAt() == 0) {
            add(ProblemKind.INVALID_FIRST_CLUSTER, site.path(), first, "starts at cluster " + first + ", which is "
                    + fat.describeBadLink(fat.value(first)), ChainRepairs.emptyFile(site));
        } else if (chain.end() == ChainWalk.End.SHARED) {
            crossLink(site, false, chain);
        } else if (chain.end() == ChainWalk.End.END_MARK) {
            long needed = (entry.size() + layout.clusterBytes() - 1) / layout.clusterBytes();
            if (needed != chain.claimed()) {
                sizeMismatch(site, entry, chain.claimed());
            }
        } else {
            chainProblems(site.path(), chain);
        }
    }

    private void subdirectory(EntrySite site, DirEntry entry, DirectoryLocation parent) throws IOException {
        directories++;
        if (entry.size() != 0) {
            add(ProblemKind.DIRECTORY_WITH_SIZE, site.path(), 0, "is a directory with a size of " + entry.size()
                    + " bytes (directories have size 0)", EntryRepairs.zeroSize(site));
        }
        long first = fs.directories().firstCluster(entry);
        if (!layout.isValidCluster(first)) {
            add(ProblemKind.INVALID_FIRST_CLUSTER, site.path(), first, "is a directory starting at cluster " + first
                    + ", outside the volume (clusters 2 to " + layout.lastCluster() + "), so it has no content",
                    ChainRepairs.removeEntry(site));
            return;
        }
        ChainWalk.Result chain = walker.walk(first, site.path(), true, maxDirectoryClusters);
        if (chain.end() == ChainWalk.End.UNUSABLE_CLUSTER && chain.cutAt() == 0) {
            add(ProblemKind.INVALID_FIRST_CLUSTER, site.path(), first, "is a directory starting at cluster " + first
                    + ", which is " + fat.describeBadLink(fat.value(first)), ChainRepairs.removeEntry(site));
            return;
        }
        if (chain.end() == ChainWalk.End.SHARED) {
            crossLink(site, true, chain);
            if (chain.cutAt() == 0) {
                return;
            }
        } else {
            chainProblems(site.path(), chain);
            overlongDirectory(site.path(), chain);
        }
        pending.add(new Pending(new DirectoryLocation(first, false), site.path(), chain.keep(), parent.dotDotCluster()));
    }

    /** Problems of a chain that ended other than soundly or ran into another owner's clusters. */
    private void chainProblems(String path, ChainWalk.Result chain) throws IOException {
        switch (chain.end()) {
            case UNUSABLE_CLUSTER -> add(ProblemKind.CHAIN_INVALID, path, chain.cutAt(), "cluster " + chain.cutAt()
                    + " links to cluster " + chain.met() + ", which is " + fat.describeBadLink(fat.value(chain.met())),
                    ChainRepairs.endAt(chain.cutAt()));
            case BAD_LINK -> add(ProblemKind.CHAIN_INVALID, path, chain.cutAt(), "cluster " + chain.cutAt()
                    + " links to " + chain.met() + ", " + fat.describeBadLink(chain.met()), ChainRepairs.endAt(chain.cutAt()));
            case CYCLE -> add(ProblemKind.CHAIN_CYCLE, path, chain.cutAt(), "cluster " + chain.cutAt()
                    + " links back to cluster " + chain.met() + " of the same chain", ChainRepairs.endAt(chain.cutAt()));
            default -> {
                // Sound chains have nothing to report here, cross-links are reported with both owners.
            }
        }
    }

    /** A sound directory chain longer than FAT allows is cut where the allowed length ends. */
    private void overlongDirectory(String path, ChainWalk.Result chain) {
        if (chain.end() == ChainWalk.End.END_MARK && chain.claimed() > maxDirectoryClusters) {
            long last = chain.keep()[maxDirectoryClusters - 1];
            add(ProblemKind.CHAIN_INVALID, path, last, "is a directory of " + chain.claimed() + " clusters, more than the "
                    + DirectoryStore.MAX_SLOTS + " entries FAT allows", ChainRepairs.endAt(last));
        }
    }

    private void crossLink(EntrySite site, boolean directory, ChainWalk.Result chain) throws IOException {
        crossLinks.add(new CrossLink(site, directory, chain.cutAt(), chain.met()));
        // The whole shared tail shows as cross-linked in the cluster map.
        for (long cluster = chain.met(); use.isUsed(cluster) && use.markShared(cluster); ) {
            long next = fat.value(cluster);
            if (!fat.isDataCluster(next)) {
                break;
            }
            cluster = next;
        }
    }

    private void rootStartsUnusable(long rootCluster) throws IOException {
        long value = fat.value(rootCluster);
        String what = "the root directory starts at cluster " + rootCluster + ", which is " + fat.describeBadLink(value);
        add(ProblemKind.INVALID_FIRST_CLUSTER, "/", rootCluster, what,
                value == 0 ? ChainRepairs.endAt(rootCluster) : null);
    }

    private void sizeMismatch(EntrySite site, DirEntry entry, long chainClusters) {
        add(ProblemKind.SIZE_MISMATCH, site.path(), 0, "has a size of " + entry.size() + " bytes but a chain of "
                + chainClusters + " clusters (" + chainClusters * layout.clusterBytes() + " bytes)",
                ChainRepairs.matchSize(site, chainClusters));
    }

    private void add(ProblemKind kind, String path, long cluster, String description, Repair repair) {
        problems.add(new Problem(kind, path, cluster, description, repair));
    }

    /** The bytes of a directory's own clusters, read run by run. */
    private byte[] read(long[] clusters) throws IOException {
        int clusterBytes = layout.clusterBytes();
        byte[] bytes = new byte[clusters.length * clusterBytes];
        int start = 0;
        for (int i = 1; i <= clusters.length; i++) {
            if (i == clusters.length || clusters[i] != clusters[i - 1] + 1) {
                ClusterRun run = new ClusterRun(clusters[start], i - start);
                fs.clusters().read(run, 0, ByteBuffer.wrap(bytes, start * clusterBytes, (i - start) * clusterBytes));
                start = i;
            }
        }
        return bytes;
    }

    private static String childPath(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }
}
