package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.gui.task.DaemonThreads;
import io.flashdeck.app.gui.transfer.DragOutLimit;
import io.flashdeck.app.gui.transfer.DragStaging;
import io.flashdeck.app.gui.transfer.JobState;
import io.flashdeck.app.gui.transfer.TransferJob;
import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The files a drag out of a pane offers the desktop. A host pane offers its files. A camera or an
 * image pane offers the paths its selection will have in a fresh {@link DragStaging} folder and
 * starts downloading it there at once through the transfer queue (progress in the queue and the
 * status bar); each item appears under its final name only when complete. Dragging the same
 * files again offers the folder staged for them before ({@link StagedDrags}). A selection above
 * its {@link DragOutLimit} offers nothing and is refused in words when no pane took the drag.
 * FX thread.
 */
public final class PaneDragOut {

    /** How often staging folders older than {@link DragStaging#KEPT} are looked for, the first time at start. */
    private static final long CLEAN_EVERY_MINUTES = 10;

    private final PaneCopies copies;
    private final DragStaging staging;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final StagedDrags staged = new StagedDrags();
    private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(
            new DaemonThreads("flashdeck-drag-cleaner"));
    private Drag current;

    public PaneDragOut(PaneCopies copies, DragStaging staging, BackgroundTasks tasks, Notifier notifier) {
        this.copies = copies;
        this.staging = staging;
        this.tasks = tasks;
        this.notifier = notifier;
        cleaner.scheduleWithFixedDelay(this::removeOldFolders, 0, CLEAN_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** Stops looking for old staging folders: the window is closing. */
    public void close() {
        cleaner.shutdownNow();
    }

    /** What a drag of {@code selection} out of {@code pane} puts on the dragboard; none when refused. */
    public List<File> offer(FilePaneView pane, List<FileEntry> selection) {
        current = null;
        Listing listing = pane.model().listing();
        if (listing.volume() instanceof HostVolume) {
            return selection.stream().map(entry -> Path.of(listing.place().locationOf(entry.path())).toFile()).toList();
        }
        Drag drag = new Drag(what(selection));
        current = drag;
        Instant now = Instant.now();
        Optional<Path> earlier = staged.folderFor(listing.volume(), selection, now);
        if (earlier.isPresent()) {
            return offered(earlier.get(), selection);
        }
        DragOutLimit limit = DragOutLimit.of(listing.volume());
        try {
            limit.check(DragOutLimit.listedSize(selection));
        } catch (IOException tooBig) {
            drag.refusal = tooBig;
            return List.of();
        }
        Path folder = staging.newFolder(now);
        drag.folder = folder;
        staged.staged(listing.volume(), selection, folder, now);
        tasks.run(() -> {
            limit.check(DragOutLimit.sizeOf(listing.volume(), selection)); // folders counted too
            return new HostVolume(Files.createDirectories(DragStaging.incoming(folder)));
        }, incoming -> {
            if (!drag.withdrawn) {
                drag.jobs = copies.stage(listing, selection, new Endpoint(incoming, VolumePath.ROOT),
                        "the drag-out folder " + folder);
                drag.jobs.forEach(job -> publishWhenVerified(job, folder));
            }
        }, e -> {
            staged.forget(folder);
            if (!drag.withdrawn) {
                notifier.failed("drag out", drag.what, null, e);
            }
        });
        return offered(folder, selection);
    }

    private static List<File> offered(Path folder, List<FileEntry> selection) {
        return selection.stream().map(entry -> folder.resolve(entry.name()).toFile()).toList();
    }

    /** The drag ended: a pane took it (its download is not needed), or a refusal is told now. */
    public void ended(boolean takenByPane) {
        Drag drag = current;
        current = null;
        if (drag == null) {
            return;
        }
        drag.withdrawn = takenByPane;
        if (takenByPane) {
            copies.withdraw(drag.jobs);
            if (drag.folder != null) {
                staged.forget(drag.folder);
            }
        } else if (drag.refusal != null) {
            notifier.failed("drag out", drag.what, null, drag.refusal);
        }
    }

    private void publishWhenVerified(TransferJob job, Path folder) {
        job.stateProperty().addListener((observable, before, now) -> {
            if (now == JobState.VERIFIED || now == JobState.DONE) {
                tasks.run(() -> {
                    DragStaging.publish(folder, job.name());
                    return job;
                }, published -> staged.finished(folder), e -> {
                    staged.forget(folder);
                    notifier.failed("drag out", job.name(), null, e);
                });
            } else if (now.isFinished()) {
                staged.forget(folder); // failed, cancelled or withdrawn: the folder stays incomplete
            }
        });
    }

    private void removeOldFolders() {
        try {
            staging.removeOld(Instant.now());
        } catch (IOException | RuntimeException e) {
            // a folder in use or already gone: the next round tries again, nothing for the user to do
        }
    }

    private static String what(List<FileEntry> selection) {
        return selection.size() == 1 ? selection.get(0).name() : selection.size() + " items";
    }

    /** One drag out of a camera or an image pane. */
    private static final class Drag {

        final String what;
        /** Where this drag is staged; null when it offers a folder staged before, or nothing. */
        Path folder;
        List<TransferJob> jobs = List.of();
        IOException refusal;
        boolean withdrawn;

        Drag(String what) {
            this.what = what;
        }
    }
}
