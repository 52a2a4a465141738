package io.flashdeck.app.gui.transfer;

import io.flashdeck.core.transfer.Cancellation;
import io.flashdeck.core.transfer.Endpoint;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the transfer queue: a file or folder on its way into a directory. The worker reports
 * to it through the FX thread; the user can cancel it while it is queued or running. FX thread only,
 * except {@link #cancel}.
 */
public final class TransferJob {

    private final Endpoint source;
    private final Endpoint target;
    private final String from;
    private final String to;
    private final Cancellation cancellation = new Cancellation();
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.QUEUED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");

    /** @param from and {@code to}: the source's folder and the target directory as the user knows them */
    TransferJob(Endpoint source, Endpoint target, String from, String to) {
        this.source = source;
        this.target = target;
        this.from = from;
        this.to = to;
    }

    public String name() {
        return source.path().name();
    }

    public String route() {
        return from + " → " + to;
    }

    /** The target directory as the user knows it. */
    public String to() {
        return to;
    }

    Endpoint source() {
        return source;
    }

    Endpoint target() {
        return target;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    /** Stops the job: a queued one never starts, a running one leaves out the file it is writing. */
    public void cancel() {
        cancellation.cancel();
    }

    void started() {
        state.set(JobState.RUNNING);
    }

    void advanced(double fraction, String file, String rateText, String timeLeftText) {
        progress.set(fraction);
        detail.set(file);
        rate.set(rateText);
        timeLeft.set(timeLeftText);
    }

    /** Ends the job with its badge and what it did, such as "3 files verified". */
    void finished(JobState end, String summary) {
        if (end == JobState.VERIFIED || end == JobState.UNCHANGED || end == JobState.DONE) {
            progress.set(1);
        }
        detail.set(summary);
        rate.set("");
        timeLeft.set("");
        state.set(end);
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public JobState state() {
        return state.get();
    }

    /** 0 to 1: the share of the job's bytes done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file being copied and how far it is, or what the job did once finished. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }
}
