package io.flashdeck.app.gui.transfer;

import io.flashdeck.app.gui.task.LatestOnFxThread;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.VolumePath;

/**
 * Turns the copier's reports for one job into its row: progress, the current file and how far it
 * is, rate and time left. Throttled to what the window can draw.
 */
final class JobProgress implements TransferProgress {

    private final TransferJob job;
    private final Runnable afterUpdate;
    private final RateMeter meter = new RateMeter();
    private final LatestOnFxThread<Runnable> updates = new LatestOnFxThread<>(Runnable::run);
    private String file = "";
    private long fileSize;

    /** @param afterUpdate runs on the FX thread after each update of the row (the status bar follows) */
    JobProgress(TransferJob job, Runnable afterUpdate) {
        this.job = job;
        this.afterUpdate = afterUpdate;
    }

    @Override
    public void fileStarted(VolumePath source, long size) {
        file = source.name();
        fileSize = size;
    }

    @Override
    public void advanced(long fileBytes, long overallBytes, long totalBytes) {
        meter.record(System.nanoTime(), overallBytes);
        double fraction = totalBytes == 0 ? 1 : (double) overallBytes / totalBytes;
        int filePercent = fileSize == 0 ? 100 : (int) (100 * Math.min(fileBytes, fileSize) / fileSize);
        String detail = file + " — " + filePercent + " %";
        String rate = RateMeter.rateText(meter.bytesPerSecond());
        String left = RateMeter.durationText(meter.secondsLeft(totalBytes - overallBytes));
        updates.offer(() -> {
            if (!job.state().isFinished()) { // a late update must not overwrite the end
                job.advanced(fraction, detail, rate, left);
                afterUpdate.run();
            }
        });
    }
}
