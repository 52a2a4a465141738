package io.flashdeck.app.gui.transfer;

/**
 * What jobs did, counted in files (failed and cancelled: in jobs).
 *
 * @param copied    written and verified
 * @param unchanged left as they were: the same SHA-256 was there
 * @param skipped   left as they were by the user's choice
 */
record JobOutcome(int copied, int unchanged, int skipped, int failed, int cancelled) {

    static final JobOutcome NOTHING = new JobOutcome(0, 0, 0, 0, 0);
    static final JobOutcome FAILED = new JobOutcome(0, 0, 0, 1, 0);
    static final JobOutcome CANCELLED = new JobOutcome(0, 0, 0, 0, 1);

    JobOutcome plus(JobOutcome other) {
        return new JobOutcome(copied + other.copied, unchanged + other.unchanged, skipped + other.skipped,
                failed + other.failed, cancelled + other.cancelled);
    }

    /** The badge of a job that ended without a failure or a cancel. */
    JobState state() {
        if (copied > 0) {
            return JobState.VERIFIED;
        }
        if (unchanged > 0 && skipped == 0) {
            return JobState.UNCHANGED;
        }
        return skipped > 0 ? JobState.SKIPPED : JobState.DONE;
    }

    /** A job's row once done: "2 files verified, 1 unchanged (same SHA-256)". */
    String jobSummary() {
        return files(copied) + " verified" + leftAsTheyWere();
    }

    /** The status bar once a request is done: "Copied 2 files to cam:/flash, 1 unchanged (same SHA-256)". */
    String requestSummary(String targetName) {
        return "Copied " + files(copied) + " to " + targetName + leftAsTheyWere()
                + (failed > 0 ? ", " + failed + (failed == 1 ? " item failed" : " items failed") : "")
                + (cancelled > 0 ? ", " + cancelled + (cancelled == 1 ? " item cancelled" : " items cancelled") : "");
    }

    private String leftAsTheyWere() {
        return (unchanged > 0 ? ", " + unchanged + " unchanged (same SHA-256)" : "")
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }

    private static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
