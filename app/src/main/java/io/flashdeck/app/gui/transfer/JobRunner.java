package io.flashdeck.app.gui.transfer;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.report.ErrorPhrases;
import io.flashdeck.core.transfer.ConflictPolicy;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.CopyResult;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Runs one job on the transfer thread: every file written is read back and its SHA-256 compared
 * (hashed on the camera for a camera), conflicts go to the request's {@link AskingConflicts}, and
 * the end goes to the job's row. A failure becomes a notification in words, never a stack trace.
 */
final class JobRunner {

    private final Notifier notifier;
    private final Runnable afterUpdate;

    /** @param afterUpdate runs on the FX thread after each change of a job (the status bar follows) */
    JobRunner(Notifier notifier, Runnable afterUpdate) {
        this.notifier = notifier;
        this.afterUpdate = afterUpdate;
    }

    JobOutcome run(TransferJob job, AskingConflicts conflicts) {
        if (job.cancellation().isCancelled()) {
            end(job, JobState.CANCELLED, "Cancelled before it started");
            return JobOutcome.CANCELLED;
        }
        Platform.runLater(() -> {
            job.started();
            afterUpdate.run();
        });
        AtomicInteger unchanged = new AtomicInteger();
        Volume target = job.target().volume();
        try {
            CopyPlan plan = CopyPlan.resolve(job.source(), job.target(), true, true);
            CopyResult result = new Copier(new CopyOptions(ConflictPolicy.REPLACE, true),
                    new JobProgress(job, afterUpdate), conflicts.decider(job.cancellation(), unchanged),
                    job.cancellation()).copy(plan);
            target.flush();
            JobOutcome outcome = new JobOutcome(result.copied(), unchanged.get(),
                    result.skipped().size() - unchanged.get(), 0, 0);
            end(job, outcome.state(), outcome.jobSummary());
            return outcome;
        } catch (IOException | RuntimeException e) {
            if (job.cancellation().isCancelled()) {
                flushQuietly(target);
                end(job, JobState.CANCELLED, "Cancelled: nothing half-written was left");
                return JobOutcome.CANCELLED;
            }
            String reason = ErrorPhrases.describe(e, job.source().path());
            end(job, JobState.FAILED, reason);
            Platform.runLater(() -> notifier.failed("copy", job.name(), job.source().path(), e));
            return JobOutcome.FAILED;
        }
    }

    private void end(TransferJob job, JobState state, String summary) {
        Platform.runLater(() -> {
            job.finished(state, summary);
            afterUpdate.run();
        });
    }

    /** What was complete before the cancel goes to the medium; a failing medium was reported by the copy already. */
    private static void flushQuietly(Volume volume) {
        try {
            volume.flush();
        } catch (IOException ignored) {
            // the cancel is what the user asked about; this volume's next use reports its trouble
        }
    }
}
