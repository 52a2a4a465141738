package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repairs what {@link FatChecker} finds, until the volume checks clean or nothing more can be
 * done. What each kind of problem gets:
 *
 * <ul>
 *   <li>FAT copies that differ: the trusted copy is written over the others;</li>
 *   <li>media entry, dirty flags, backup boot sector: rewritten from the boot sector;</li>
 *   <li>cycles and links to free, bad or missing clusters: the chain ends at its last sound cluster;
 *       a file whose first cluster is unusable is emptied, such a directory's entry removed;</li>
 *   <li>cross-links: the later file gets its own copy of the shared clusters when there is room,
 *       else it is cut before them; a later directory is cut there (or its entry removed when even
 *       its first cluster belongs to another owner), as its entries there belong to the other;</li>
 *   <li>sizes: a chain longer than the size needs is cut, a size beyond the chain is lowered;</li>
 *   <li>ignored long-name slots and stray dot entries: marked deleted; {@code .} and {@code ..}
 *       rewritten; directory sizes set to 0; the later of two entries with one name renamed
 *       {@code "name (2).ext"};</li>
 *   <li>lost clusters: freed (not saved as files, unlike fsck.fat -f);</li>
 *   <li>FSInfo: recounted from the table after every pass that changed anything.</li>
 * </ul>
 *
 * <p>Repairs run in groups (table, header, chains, entries, lost clusters, FSInfo) with the file
 * system opened afresh for each, each change ordered so that a power cut leaves at worst lost
 * clusters or a duplicate entry, which the next repair fixes. A volume whose boot sector is
 * unreadable is only repaired from an intact FAT32 backup boot sector; nothing about it is guessed.
 */
public final class FatRepairer {

    /** A pass may uncover more (a cut chain's size, say): a few passes settle any volume. */
    private static final int MAX_PASSES = 4;

    private final BlockDevice device;
    private final List<String> actions = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private FatRepairer(BlockDevice device) {
        this.device = device;
    }

    /** Repairs the volume that fills {@code volume} (which must be writable) and reports what was done. */
    public static RepairReport repair(BlockDevice volume) throws IOException {
        if (volume.isReadOnly()) {
            throw new IOException("the volume is open read-only; a repair has to write");
        }
        return new FatRepairer(volume).run();
    }

    private RepairReport run() throws IOException {
        CheckReport before = checkOrRestore();
        CheckReport current = before;
        for (int pass = 0; pass < MAX_PASSES && !current.isClean(); pass++) {
            if (!applyAll(current.problems())) {
                break;
            }
            // Repairs change the free count; FSInfo is made right again without being reported each pass.
            FsInfoRecount.rewrite(open());
            device.flush();
            current = FatChecker.check(open());
        }
        return new RepairReport(actions, failures, before, current);
    }

    private CheckReport checkOrRestore() throws IOException {
        try {
            return FatChecker.check(open());
        } catch (CorruptVolumeException unreadable) {
            Optional<String> restored = BootSectorBackup.restore(device);
            if (restored.isEmpty()) {
                throw new CorruptVolumeException(unreadable.getMessage()
                        + "; the volume cannot be repaired without guessing its layout", unreadable);
            }
            actions.add(restored.get());
            return FatChecker.check(open());
        }
    }

    /** Applies every repairable problem, phase by phase; true when anything was attempted. */
    private boolean applyAll(List<Problem> problems) throws IOException {
        boolean attempted = false;
        for (ProblemKind.RepairPhase phase : ProblemKind.RepairPhase.values()) {
            List<Problem> group = problems.stream()
                    .filter(problem -> problem.kind().phase() == phase && problem.repairable())
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            attempted = true;
            FatFileSystem fs = open();
            RepairSession session = new RepairSession(fs);
            for (Problem problem : group) {
                try {
                    actions.add(problem.repair().apply(session));
                } catch (RepairSession.EntryGone alreadyRemoved) {
                    // An earlier repair removed the entry, which settles this problem too.
                } catch (IOException e) {
                    failures.add(problem + ": " + e.getMessage());
                }
            }
            fs.flush();
        }
        return attempted;
    }

    /** The file system opened afresh, so no cache holds what an earlier phase changed. */
    private FatFileSystem open() throws IOException {
        return FatFileSystem.open(device, false);
    }
}
