package io.flashdeck.app.gui.transfer;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.task.DaemonThreads;
import io.flashdeck.app.gui.task.LatestOnFxThread;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.CopyResult;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs copies one after another on a transfer thread, so that two copies never compete for one
 * camera link. Each file is written with {@code Volume.write}, so a failure leaves every target
 * file complete or untouched.
 */
public final class SequentialTransfers implements Transfers {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(new DaemonThreads("flashdeck-transfer"));
    private final TransferStatus status;
    private final Notifier notifier;
    private volatile boolean closing;

    public SequentialTransfers(TransferStatus status, Notifier notifier) {
        this.status = status;
        this.notifier = notifier;
    }

    @Override
    public void copy(CopyRequest request) {
        worker.execute(() -> run(request, "Copying " + request.what() + " to " + request.targetName()));
    }

    private void run(CopyRequest request, String title) {
        if (closing) {
            return; // queued behind the copy that was running when the window closed
        }
        Platform.runLater(() -> status.started(title));
        int sources = request.sources().size();
        int copied = 0;
        int skipped = 0;
        int failed = 0;
        for (int i = 0; i < sources; i++) {
            Endpoint source = request.sources().get(i);
            try {
                CopyPlan plan = CopyPlan.resolve(source, request.target(), true, true);
                CopyResult result = new Copier(new CopyOptions(request.conflicts(), false),
                        new StatusProgress(title, i, sources)).copy(plan);
                copied += result.copied();
                skipped += result.skipped().size();
                request.target().volume().flush();
            } catch (IOException | RuntimeException e) {
                failed++;
                Platform.runLater(() -> notifier.failed("copy", source.path().name(), source.path(), e));
            }
        }
        String summary = summary(request, copied, skipped, failed);
        Platform.runLater(() -> {
            status.finished(summary);
            request.whenDone().run();
        });
    }

    private static String summary(CopyRequest request, int copied, int skipped, int failed) {
        StringBuilder text = new StringBuilder("Copied " + copied + (copied == 1 ? " file" : " files") + " to "
                + request.targetName());
        if (skipped > 0) {
            text.append(", ").append(skipped).append(" left as they were");
        }
        if (failed > 0) {
            text.append(", ").append(failed).append(failed == 1 ? " item failed" : " items failed");
        }
        return text.toString();
    }

    /**
     * Drops the copies not yet started and waits up to {@code millis} for the running one. It is
     * not interrupted: that would close an image's file channel in the middle of a write.
     */
    public void close(long millis) throws InterruptedException {
        closing = true;
        worker.shutdown();
        worker.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /** Turns the copier's reports into the status line, throttled to what the window can draw. */
    private final class StatusProgress implements TransferProgress {

        private final LatestOnFxThread<Runnable> updates = new LatestOnFxThread<>(Runnable::run);
        private final String title;
        private final int index;
        private final int count;
        private volatile String file = "";

        StatusProgress(String title, int index, int count) {
            this.title = title;
            this.index = index;
            this.count = count;
        }

        @Override
        public void fileStarted(VolumePath source, long size) {
            file = source.name();
        }

        @Override
        public void advanced(long fileBytes, long overallBytes, long totalBytes) {
            double part = totalBytes == 0 ? 1 : (double) overallBytes / totalBytes;
            double fraction = (index + part) / count;
            String text = title + ": " + file + " (" + ByteSizes.format(overallBytes) + " of "
                    + ByteSizes.format(totalBytes) + ")";
            updates.offer(() -> status.advanced(text, fraction));
        }
    }
}
