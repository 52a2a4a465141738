package io.flashdeck.app.gui.transfer;

/** Where a transfer job is, and the badge it shows. */
public enum JobState {
    QUEUED("Queued"),
    RUNNING("Copying"),
    /** Every file written was read back and its SHA-256 matched the source's. */
    VERIFIED("Verified"),
    /** Every file was already there with the same SHA-256: left as it was. */
    UNCHANGED("Unchanged"),
    /** Nothing written: the user chose to skip what existed. */
    SKIPPED("Skipped"),
    /** Nothing to copy (an empty folder), done. */
    DONE("Done"),
    CANCELLED("Cancelled"),
    FAILED("Failed");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this != QUEUED && this != RUNNING;
    }
}
