package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies a file or a directory tree between any two volumes (or within one), following a
 * {@link CopyPlan}. Directories merge into existing ones; files meet the {@link ConflictPolicy}.
 *
 * <p>Each file is written with {@code Volume.write}, which never leaves a half-written file, so a
 * copy that fails part way leaves every target file either complete or untouched. The whole tree
 * is listed before anything is written: the progress knows its total from the start. The
 * directories are made first, in tree order, then the files are copied in tree order. A cancelled
 * copy stops inside the files it is writing (which are then left out) and starts no other.
 *
 * <p>With {@link CopyOptions#parallel()} a few files are copied at once when both volumes allow
 * concurrent use: creating many small files is the slow part of extracting an image, and the host
 * creates them side by side. Progress reports then overlap between files but never come at once.
 * Keeping both files of a conflict stays sequential (two numbered names chosen at once could
 * clash), and so does a copy that asks about each conflict (one question at a time).
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
        Endpoint source = plan.source();
        List<FileEntry> entries = plan.sourceEntry().isDirectory()
                ? TreeWalker.entries(source.volume(), plan.sourceEntry())
                : List.of(plan.sourceEntry());
        List<FileEntry> files = new ArrayList<>();
        for (FileEntry entry : entries) {
            if (entry.isDirectory()) {
                cancellation.check();
                ensureDirectory(targetOf(plan, entry));
            } else {
                files.add(entry);
            }
        }
        SharedProgress shared = new SharedProgress(progress, files.stream().mapToLong(FileEntry::size).sum());
        AtomicInteger copied = new AtomicInteger();
        VolumePath[] skipped = new VolumePath[files.size()];
        Workers.run(files.size(), threads(plan), index -> {
            if (copyFile(plan, files.get(index), shared)) {
                copied.incrementAndGet();
            } else {
                skipped[index] = files.get(index).path();
            }
        });
        return new CopyResult(copied.get(), Arrays.stream(skipped).filter(Objects::nonNull).toList());
    }

    /** Copies one file; false when the conflict policy left it. */
    private boolean copyFile(CopyPlan plan, FileEntry entry, SharedProgress shared) throws IOException {
        cancellation.check();
        Endpoint from = new Endpoint(plan.source().volume(), entry.path());
        Endpoint to = targetOf(plan, entry);
        SharedProgress.FileCounter counter = shared.started(entry);
        Optional<VolumePath> place = conflicts.place(from, entry, to);
        if (place.isPresent()) {
            FileCopy.copy(from, entry, new Endpoint(to.volume(), place.get()), options.verify(), cancellation,
                    counter);
        }
        counter.finished();
        return place.isPresent();
    }

    private int threads(CopyPlan plan) {
        boolean concurrent = plan.source().volume().allowsConcurrentUse()
                && plan.target().volume().allowsConcurrentUse();
        boolean independentFiles = fixedPolicy && options.conflicts() != ConflictPolicy.KEEP_BOTH;
        return options.parallel() && concurrent && independentFiles ? PARALLEL_FILES : 1;
    }

    private static Endpoint targetOf(CopyPlan plan, FileEntry entry) {
        return new Endpoint(plan.target().volume(),
                plan.target().path().resolve(plan.source().path().relativize(entry.path())));
    }

    private static void ensureDirectory(Endpoint directory) throws IOException {
        Optional<FileEntry> existing = directory.find();
        if (existing.isEmpty()) {
            directory.volume().mkdir(directory.path());
        } else if (!existing.get().isDirectory()) {
            throw TransferErrors.directoryOverFile(directory.path());
        }
    }
}
