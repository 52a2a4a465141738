package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies files in batches when one of the two volumes moves several files per call (a camera,
 * where each call is a round trip over a slow link): with the target's {@code writeAll}, each file
 * read from the source when its turn comes, or with the source's {@code readAll}, each file written
 * to the target as it arrives.
 *
 * <p>A batch is placed before it is written: each file's conflict is resolved in tree order, so a
 * decider's questions come one at a time, before the batch runs. A file that would land where an
 * earlier file of the same batch is about to (two names FAT takes for one, or a numbered name)
 * ends the batch early: it is placed once the files before it are written, and so is judged
 * against what is really there. Written files are verified after their batch.
 *
 * <p>A batch that fails leaves the files before the failure written and the others untouched, as
 * {@code writeAll} and {@code readAll} promise; a refusal found while placing a batch stops the
 * copy before that batch is written.
 */
final class BatchCopy {

    private final CopyPlan plan;
    private final ConflictResolver conflicts;
    private final PendingWrites targets;
    private final SharedProgress progress;
    private final CopyTally tally;
    private final boolean verify;
    private final Cancellation cancellation;

    /** @param lookup what is on the target already, before the copy's files */
    BatchCopy(CopyPlan plan, ConflictResolver conflicts, TargetLookup lookup, SharedProgress progress,
            CopyTally tally, boolean verify, Cancellation cancellation) {
        this.plan = plan;
        this.conflicts = conflicts;
        this.targets = new PendingWrites(lookup);
        this.progress = progress;
        this.tally = tally;
        this.verify = verify;
        this.cancellation = cancellation;
    }

    /** Whether a copy of {@code files} files between these volumes goes in batches. */
    static boolean suits(Volume source, Volume target, int files) {
        // Two batching volumes may be one camera, whose link cannot interleave a read with a write;
        // a single file gains nothing from a batch.
        return files > 1 && (source.filesPerBatch() > 1) != (target.filesPerBatch() > 1);
    }

    /** Copies {@code files}, the copy's files in tree order, whose indexes the tally counts by. */
    void copy(List<FileEntry> files) throws IOException {
        int filesPerBatch = Math.max(source().filesPerBatch(), target().filesPerBatch());
        // an upload stops inside a batch when cancelled; a download only at the batch's end
        long maxBytes = target().filesPerBatch() > 1 ? Long.MAX_VALUE : Batches.MAX_BYTES;
        for (Batches.Span span : Batches.cut(files, filesPerBatch, maxBytes)) {
            int next = span.from();
            while (next < span.to()) {
                cancellation.check();
                List<BatchFile> batch = new ArrayList<>();
                next = place(files, next, span.to(), batch);
                transfer(batch);
                targets.written();
                for (BatchFile file : batch) {
                    file.verify();
                }
            }
        }
    }

    /**
     * Places files {@code from} to {@code to} into {@code batch}, up to the first that meets a
     * file placed before it; returns where placing stopped.
     */
    private int place(List<FileEntry> files, int from, int to, List<BatchFile> batch) throws IOException {
        for (int index = from; index < to; index++) {
            FileEntry entry = files.get(index);
            Endpoint source = new Endpoint(source(), entry.path());
            Endpoint target = plan.targetOf(entry);
            if (targets.meetsPending(target.path())) {
                return index;
            }
            Optional<VolumePath> place = conflicts.place(source, entry, target, targets);
            if (place.isEmpty()) {
                progress.started(entry).finished();
                tally.skipped(index, entry.path());
                continue;
            }
            targets.placed(new FileEntry(place.get(), EntryType.FILE, entry.size(), entry.modified()));
            FileCopy copy = new FileCopy(entry, new Endpoint(target(), place.get()), verify, cancellation);
            batch.add(new BatchFile(entry, source, copy, cancellation, progress));
        }
        return to;
    }

    private void transfer(List<BatchFile> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        if (target().filesPerBatch() > 1) {
            List<FileWrite> writes = batch.stream().map(BatchFile::upload).toList();
            target().writeAll(writes, index -> written(batch.get(index)));
        } else {
            List<VolumePath> reads = batch.stream().map(BatchFile::sourcePath).toList();
            source().readAll(reads, (index, content) -> {
                batch.get(index).download(content);
                written(batch.get(index));
            });
        }
    }

    private void written(BatchFile file) {
        file.finished();
        tally.copied();
    }

    private Volume source() {
        return plan.source().volume();
    }

    private Volume target() {
        return plan.target().volume();
    }
}
