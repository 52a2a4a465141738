package io.flashdeck.app.gui.transfer;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.task.DaemonThreads;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * The transfer queue: every copy of the window, one job per file or folder, run one after another
 * on a transfer thread so that two copies never compete for one camera link. Each file is written
 * with {@code Volume.write}, so a failure or a cancel leaves every target file complete or
 * untouched. The status bar tells what the queue is doing. FX thread only, except the worker.
 */
public final class TransferQueue implements Transfers {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(new DaemonThreads("flashdeck-transfer"));
    private final ObservableList<TransferJob> jobs = FXCollections.observableArrayList();
    private final TransferStatus status;
    private final Supplier<Window> owner;
    private final JobRunner runner;
    /** The jobs added since the queue was last idle: the status bar's overall progress is over them. */
    private int batchStart;
    private volatile boolean closing;

    /** @param owner the window conflict questions belong to */
    public TransferQueue(TransferStatus status, Notifier notifier, Supplier<Window> owner) {
        this.status = status;
        this.owner = owner;
        this.runner = new JobRunner(notifier, this::showStatus);
    }

    @Override
    public List<TransferJob> copy(CopyRequest request) {
        if (batchJobs().stream().allMatch(job -> job.state().isFinished())) {
            batchStart = jobs.size();
        }
        List<TransferJob> added = request.sources().stream()
                .map(source -> new TransferJob(source, request.target(), request.sourceName(), request.targetName()))
                .toList();
        jobs.addAll(added);
        showStatus();
        AskingConflicts conflicts = new AskingConflicts(owner, request);
        worker.execute(() -> {
            JobOutcome total = JobOutcome.NOTHING;
            for (TransferJob job : added) {
                if (closing) {
                    return; // queued behind the copy that was running when the window closed
                }
                total = total.plus(runner.run(job, conflicts));
            }
            String summary = total.requestSummary(request.targetName());
            Platform.runLater(() -> {
                request.whenDone().run();
                if (batchJobs().stream().allMatch(job -> job.state().isFinished())) {
                    status.finished(summary);
                }
            });
        });
        return added;
    }

    @Override
    public void withdraw(List<TransferJob> withdrawn) {
        for (TransferJob job : withdrawn) {
            job.cancel();
            if (job.state().isFinished()) {
                remove(job);
            } else {
                job.stateProperty().addListener((observable, before, now) -> {
                    if (now.isFinished()) {
                        remove(job);
                    }
                });
            }
        }
    }

    private void remove(TransferJob job) {
        int index = jobs.indexOf(job);
        if (index >= 0) {
            jobs.remove(index);
            batchStart -= index < batchStart ? 1 : 0;
        }
    }

    /** Every job of this session, oldest first. */
    public ObservableList<TransferJob> jobs() {
        return jobs;
    }

    public void cancelAll() {
        jobs.forEach(TransferJob::cancel);
    }

    /** Takes the finished jobs off the list. */
    public void clearFinished() {
        int before = jobs.size();
        jobs.removeIf(job -> job.state().isFinished());
        batchStart = Math.max(0, batchStart - (before - jobs.size()));
        batchStart = Math.min(batchStart, jobs.size());
    }

    private List<TransferJob> batchJobs() {
        return jobs.subList(Math.min(batchStart, jobs.size()), jobs.size());
    }

    /** The status bar while jobs run: the current one, how many of the batch are done, and the overall progress. */
    private void showStatus() {
        List<TransferJob> batch = batchJobs();
        TransferJob running = batch.stream().filter(job -> job.state() == JobState.RUNNING).findFirst()
                .orElse(batch.stream().filter(job -> !job.state().isFinished()).findFirst().orElse(null));
        if (running == null) {
            return; // the request's summary follows
        }
        long done = batch.stream().filter(job -> job.state().isFinished()).count();
        double overall = batch.stream().mapToDouble(job -> job.state().isFinished() ? 1 : job.progressProperty().get())
                .sum() / batch.size();
        String text = "Copying " + running.name() + " (" + (done + 1) + " of " + batch.size() + ") to "
                + running.to()
                + (running.rateProperty().get().isEmpty() ? "" : ", " + running.rateProperty().get())
                + (running.timeLeftProperty().get().isEmpty() ? "" : ", " + running.timeLeftProperty().get() + " left");
        if (!status.runningProperty().get()) {
            status.started(text);
        }
        status.advanced(text, overall);
    }

    /**
     * Cancels the queued jobs and waits up to {@code millis} for the running one, which stops at its
     * next read and leaves nothing half-written. The thread is not interrupted: that would close an
     * image's file channel in the middle of a write.
     */
    public void close(long millis) throws InterruptedException {
        closing = true;
        cancelAll();
        worker.shutdown();
        worker.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
