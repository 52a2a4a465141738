package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.List;
import java.util.Optional;

/**
 * Copies a file or a directory tree between any two volumes (or within one), following a
 * {@link CopyPlan}. Directories merge into existing ones; files meet the {@link ConflictPolicy}.
 *
 * <p>Each file is written atomically where the target allows ({@code Volume.write}, or
 * {@code writeAll} for a batch), so a copy that fails part way leaves every target file either
 * complete or untouched. Files are copied in tree order, each directory made before the files in
 * it. A cancelled copy stops inside the files it is writing (which are then left out) and starts
 * no other.
 *
 * <p>With {@link CopyOptions#parallel()} a few files are copied at once when both volumes allow
 * concurrent use: creating many small files is the slow part of extracting an image, and the host
 * creates them side by side. The copy's threads then start on the first files while the tree is
 * still walked ({@link WalkingCopy}), so the progress's total grows until the walk is done.
 * Progress reports overlap between files but never come at once. Keeping both files of a conflict
 * stays sequential (two numbered names chosen at once could clash), and so does a copy that asks
 * about each conflict (one question at a time).
 *
 * <p>Otherwise the whole tree is listed before anything is written, so the progress knows its
 * total from the start, and the directories are made first. When exactly one of the volumes
 * moves several files per call (a camera), the files go in batches, conflicts found from one
 * listing per target directory: see {@link BatchCopy}.
 */
public final class Copier {

    /** Files in flight at once; a host creates files on every core, and two cores are common. */
    static final int PARALLEL_FILES = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final CopyOptions options;
    private final TransferProgress progress;
    private final ConflictResolver conflicts;
    private final Cancellation cancellation;
    private final boolean fixedPolicy;

    public Copier(CopyOptions options, TransferProgress progress) {
        this(options, progress, ConflictDecider.always(options.conflicts()), Cancellation.NEVER, true);
    }

    /**
     * A copy that asks {@code conflicts}, file by file, in place of the options' conflict policy,
     * and stops with {@link CopyCancelledException} once {@code cancellation} is cancelled.
     */
    public Copier(CopyOptions options, TransferProgress progress, ConflictDecider conflicts,
            Cancellation cancellation) {
        this(options, progress, conflicts, cancellation, false);
    }

    private Copier(CopyOptions options, TransferProgress progress, ConflictDecider conflicts,
            Cancellation cancellation, boolean fixedPolicy) {
        this.options = options;
        this.progress = progress;
        this.conflicts = new ConflictResolver(conflicts);
        this.cancellation = cancellation;
        this.fixedPolicy = fixedPolicy;
    }

    public CopyResult copy(CopyPlan plan) throws IOException {
        Volume source = plan.source().volume();
        Volume target = plan.target().volume();
        int threads = threads(plan);
        if (plan.sourceEntry().isDirectory() && threads > 1 && source.filesPerBatch() == 1
                && target.filesPerBatch() == 1) {
            return copyWhileWalking(plan, threads);
        }
        List<FileEntry> entries = plan.sourceEntry().isDirectory()
                ? TreeWalker.entries(source, plan.sourceEntry())
                : List.of(plan.sourceEntry());
        List<FileEntry> files = entries.stream().filter(entry -> !entry.isDirectory()).toList();
        boolean batched = BatchCopy.suits(source, target, files.size());
        // A batching target is a camera, where each stat is a round trip: one listing per directory serves its files.
        TargetLookup lookup = batched && target.filesPerBatch() > 1 ? new TargetListings(target) : lookupOn(target);
        makeDirectories(plan, entries, lookup);
        SharedProgress shared = new SharedProgress(progress, files.stream().mapToLong(FileEntry::size).sum());
        CopyTally tally = new CopyTally();
        if (batched) {
            new BatchCopy(plan, conflicts, lookup, shared, tally, options.verify(), cancellation).copy(files);
        } else {
            Workers.run(files.size(), threads,
                    index -> copyFile(plan, index, files.get(index), lookup, shared, tally));
        }
        return tally.result();
    }

    /** Copies a tree between two volumes that allow several files at once, starting while it is walked. */
    private CopyResult copyWhileWalking(CopyPlan plan, int threads) throws IOException {
        Volume target = plan.target().volume();
        TargetLookup lookup = lookupOn(target);
        SharedProgress shared = new SharedProgress(progress, 0);
        CopyTally tally = new CopyTally();
        WalkingCopy.copy(plan.source().volume(), plan.sourceEntry(), threads,
                directory -> ensureDirectory(plan.targetOf(directory), lookup),
                (index, file) -> copyFile(plan, index, file, lookup, shared, tally), shared, cancellation);
        return tally.result();
    }

    /** Copies one file with {@code Volume.write}, or leaves it as the conflict policy says. */
    private void copyFile(CopyPlan plan, int index, FileEntry entry, TargetLookup lookup, SharedProgress shared,
            CopyTally tally) throws IOException {
        cancellation.check();
        Endpoint from = new Endpoint(plan.source().volume(), entry.path());
        Endpoint to = plan.targetOf(entry);
        SharedProgress.FileCounter counter = shared.started(entry);
        Optional<VolumePath> place = conflicts.place(from, entry, to, lookup);
        if (place.isPresent()) {
            FileCopy.copy(from, entry, new Endpoint(to.volume(), place.get()), options.verify(), cancellation,
                    counter);
            tally.copied();
        } else {
            tally.skipped(index, entry.path());
        }
        counter.finished();
    }

    /** Asks the target itself, except about folders this copy made when every file replaces what is in its way. */
    private TargetLookup lookupOn(Volume target) {
        boolean replacesAll = fixedPolicy && options.conflicts() == ConflictPolicy.REPLACE;
        return replacesAll ? new MadeDirectories(target::find) : target::find;
    }

    private int threads(CopyPlan plan) {
        boolean concurrent = plan.source().volume().allowsConcurrentUse()
                && plan.target().volume().allowsConcurrentUse();
        boolean independentFiles = fixedPolicy && options.conflicts() != ConflictPolicy.KEEP_BOTH;
        return options.parallel() && concurrent && independentFiles ? PARALLEL_FILES : 1;
    }

    /** Makes the target's directories first, in tree order, merging into those that exist. */
    private void makeDirectories(CopyPlan plan, List<FileEntry> entries, TargetLookup lookup) throws IOException {
        for (FileEntry entry : entries) {
            if (entry.isDirectory()) {
                cancellation.check();
                ensureDirectory(plan.targetOf(entry), lookup);
            }
        }
    }

    private static void ensureDirectory(Endpoint directory, TargetLookup lookup) throws IOException {
        Optional<FileEntry> existing = lookup.find(directory.path());
        if (existing.isEmpty()) {
            try {
                directory.volume().mkdir(directory.path());
                lookup.added(new FileEntry(directory.path(), EntryType.DIRECTORY, 0, null));
                return;
            } catch (FileAlreadyExistsException inTheWay) {
                // a name the target folds together with one made before: merge, as a look-up would have
                existing = directory.volume().find(directory.path());
                if (existing.isEmpty()) {
                    throw inTheWay;
                }
            }
        }
        if (!existing.get().isDirectory()) {
            throw TransferErrors.directoryOverFile(directory.path());
        }
    }
}
