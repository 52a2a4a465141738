package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies a file or a directory tree between any two volumes (or within one), following a
 * {@link CopyPlan}. Directories merge into existing ones; files meet the {@link ConflictPolicy}.
 *
 * <p>Each file is written with {@code Volume.write}, which never leaves a half-written file, so a
 * copy that fails part way leaves every target file either complete or untouched. The whole tree
 * is listed before anything is written: the progress knows its total from the start. A cancelled
 * copy stops inside the file it is writing (which is then left out) and starts no other.
 */
public final class Copier {

    private final CopyOptions options;
    private final TransferProgress progress;
    private final ConflictResolver conflicts;
    private final Cancellation cancellation;

    public Copier(CopyOptions options, TransferProgress progress) {
        this(options, progress, ConflictDecider.always(options.conflicts()), Cancellation.NEVER);
    }

    /**
     * A copy that asks {@code conflicts}, file by file, in place of the options' conflict policy,
     * and stops with {@link CopyCancelledException} once {@code cancellation} is cancelled.
     */
    public Copier(CopyOptions options, TransferProgress progress, ConflictDecider conflicts,
            Cancellation cancellation) {
        this.options = options;
        this.progress = progress;
        this.conflicts = new ConflictResolver(conflicts);
        this.cancellation = cancellation;
    }

    public CopyResult copy(CopyPlan plan) throws IOException {
        Endpoint source = plan.source();
        List<FileEntry> entries = plan.sourceEntry().isDirectory()
                ? TreeWalker.entries(source.volume(), plan.sourceEntry())
                : List.of(plan.sourceEntry());
        long total = entries.stream().mapToLong(FileEntry::size).sum();
        long done = 0;
        int copied = 0;
        List<VolumePath> skipped = new ArrayList<>();
        for (FileEntry entry : entries) {
            cancellation.check();
            Endpoint from = new Endpoint(source.volume(), entry.path());
            Endpoint to = new Endpoint(plan.target().volume(),
                    plan.target().path().resolve(source.path().relativize(entry.path())));
            if (entry.isDirectory()) {
                ensureDirectory(to);
                continue;
            }
            progress.fileStarted(entry.path(), entry.size());
            Optional<VolumePath> place = conflicts.place(from, entry, to);
            if (place.isPresent()) {
                long before = done;
                FileCopy.copy(from, entry, new Endpoint(to.volume(), place.get()), options.verify(),
                        cancellation, bytes -> progress.advanced(bytes, before + bytes, total));
                copied++;
            } else {
                skipped.add(entry.path());
            }
            done += entry.size();
            progress.advanced(entry.size(), done, total);
            progress.fileFinished(entry.path());
        }
        return new CopyResult(copied, skipped);
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
