package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Checks a FAT volume without writing to it: the boot sector's surroundings, every FAT copy,
 * every chain and every directory entry, and FSInfo. Memory and time are bounded by the cluster
 * count, whatever the damage.
 *
 * <p>When the FAT copies differ, the volume is checked against each and the copy whose chains make
 * the most sense (fewest problems; the first copy on a tie) is the one trusted: the report then
 * lists the copies that differ from it, and everything else as that copy sees it.
 */
public final class FatChecker {

    private static final DoubleConsumer NO_PROGRESS = done -> { };

    private final FatFileSystem fs;
    private final HeaderChecks header;
    private final DoubleConsumer progress;

    private FatChecker(FatFileSystem fs, DoubleConsumer progress) {
        this.fs = fs;
        this.header = new HeaderChecks(fs);
        this.progress = progress;
    }

    /** Checks the volume that fills {@code volume}, opened read-only; an unreadable boot sector throws. */
    public static CheckReport check(BlockDevice volume) throws IOException {
        return check(volume, NO_PROGRESS);
    }

    /** Like {@link #check(BlockDevice)}, telling {@code progress} the share done, from 0 to 1, as it goes. */
    public static CheckReport check(BlockDevice volume, DoubleConsumer progress) throws IOException {
        FatFileSystem fs;
        try {
            fs = FatFileSystem.open(volume, true);
        } catch (CorruptVolumeException e) {
            throw BootSectorBackup.explain(volume, e);
        }
        return new FatChecker(fs, progress).run();
    }

    /** Checks an open volume; nothing is written, even when it is open for writing. */
    public static CheckReport check(FatFileSystem fs) throws IOException {
        return new FatChecker(fs, NO_PROGRESS).run();
    }

    /** The FAT copy a check trusts: the first, unless the copies differ and another makes more sense. */
    static int trustedCopy(FatFileSystem fs) throws IOException {
        ClusterUse.requireSupported(fs.bootSector().clusterCount());
        FatChecker checker = new FatChecker(fs, NO_PROGRESS);
        return checker.identicalCopies() ? 0 : checker.run().fatCopy();
    }

    /** The result of checking against one FAT copy. */
    private record Evaluation(int copy, List<Problem> problems, CheckStatistics statistics) {
    }

    private CheckReport run() throws IOException {
        ClusterUse.requireSupported(fs.bootSector().clusterCount());
        FatCopies copies = new FatCopies(fs.device(), fs.bootSector());
        int count = fs.fat().copies();
        boolean identical = identicalCopies();
        // Only the first walk is shown: the others, on damaged volumes alone, take as long again.
        ChainWalk.Observer shown = progress == NO_PROGRESS ? ChainWalk.Observer.NONE
                : new CheckProgress(progress, fs.bootSector().clusterCount() - fs.fat().countFree());
        Evaluation trusted = evaluate(0, shown);
        for (int copy = 1; copy < count && !identical; copy++) {
            Evaluation other = evaluate(copy, ChainWalk.Observer.NONE);
            if (other.problems().size() < trusted.problems().size()) {
                trusted = other;
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (int copy = 0; copy < count && !identical; copy++) {
            long differing = copy == trusted.copy() ? 0 : copies.differingEntries(trusted.copy(), copy);
            if (differing > 0) {
                problems.add(differingCopy(copies, trusted.copy(), copy, differing));
            }
        }
        header.backupBootSector().ifPresent(problems::add);
        problems.addAll(trusted.problems());
        problems.sort(Comparator.comparing(Problem::kind));
        progress.accept(1.0);
        return new CheckReport(fs.type(), trusted.copy(), problems, trusted.statistics());
    }

    private boolean identicalCopies() throws IOException {
        FatCopies copies = new FatCopies(fs.device(), fs.bootSector());
        for (int copy = 1; copy < fs.fat().copies(); copy++) {
            if (copies.differingEntries(0, copy) != 0) {
                return false;
            }
        }
        return true;
    }

    private Evaluation evaluate(int copy, ChainWalk.Observer observer) throws IOException {
        FatCopy fat = new FatCopy(fs.fat(), copy);
        ClusterUse use = new ClusterUse(fs.bootSector().clusterCount());
        TreeScan scan = new TreeScan(fs, fat, use, observer);
        scan.run();
        List<Problem> problems = new ArrayList<>();
        header.mediaEntry(fat).ifPresent(problems::add);
        header.dirtyFlags(fat).ifPresent(problems::add);
        problems.addAll(scan.problems());
        problems.addAll(crossLinks(fat, scan.crossLinks()));
        LostClusters lost = new LostClusters(fs, fat, use);
        problems.addAll(lost.find());
        // Free as fsck.fat counts it: every cluster nothing reaches that is not marked bad.
        header.fsInfo(lost.freeClusters() + lost.lostClusters()).ifPresent(problems::add);
        CheckStatistics statistics = new CheckStatistics(scan.files(), scan.directories(),
                fs.bootSector().clusterCount(), use.usedCount(),
                lost.freeClusters(), lost.lostClusters(), lost.badClusters());
        return new Evaluation(copy, problems, statistics);
    }

    /**
     * Names the first owner of every cross-link by walking the tree again in the same order and
     * noting who claims each shared cluster first; the walk only happens when there are cross-links.
     */
    private List<Problem> crossLinks(FatCopy fat, List<TreeScan.CrossLink> links) throws IOException {
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, String> owners = new HashMap<>();
        links.forEach(link -> owners.put(link.shared(), null));
        new TreeScan(fs, fat, new ClusterUse(fs.bootSector().clusterCount()), (cluster, owner) -> {
            if (owners.containsKey(cluster) && owners.get(cluster) == null) {
                owners.put(cluster, owner);
            }
        }).run();
        List<Problem> problems = new ArrayList<>();
        for (TreeScan.CrossLink link : links) {
            String other = owners.get(link.shared()) == null ? "another file" : owners.get(link.shared());
            problems.add(crossLinkProblem(link, other));
        }
        return problems;
    }

    private static Problem crossLinkProblem(TreeScan.CrossLink link, String other) {
        EntrySite site = link.site();
        String shares = link.cutAt() == 0
                ? "starts in the clusters of " + other + " (cluster " + link.shared() + ")"
                : "shares its clusters from cluster " + link.shared() + " on with " + other;
        Repair repair;
        if (!link.directory()) {
            repair = ChainRepairs.untangleFile(site, link.cutAt(), link.shared(), other);
        } else if (link.cutAt() == 0) {
            repair = ChainRepairs.removeEntry(site);
        } else {
            repair = ChainRepairs.endAt(link.cutAt());
        }
        return new Problem(ProblemKind.CROSS_LINKED, site.path(), link.shared(), shares, repair);
    }

    private static Problem differingCopy(FatCopies copies, int trusted, int copy, long differing) {
        return new Problem(ProblemKind.FATS_DIFFER, null, 0, "FAT copy " + copy + " differs from copy " + trusted
                + " in " + differing + (differing == 1 ? " entry" : " entries") + "; copy " + trusted
                + (trusted == 0 ? " is used" : " is used, its chains make more sense"),
                session -> {
                    copies.copy(trusted, copy);
                    return "copied FAT copy " + trusted + " over copy " + copy;
                });
    }
}
