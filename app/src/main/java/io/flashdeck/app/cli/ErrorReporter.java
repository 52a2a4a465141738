package io.flashdeck.app.cli;

import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.app.report.ErrorPhrases;
import io.flashdeck.core.volume.VolumePath;
import java.io.PrintStream;

/**
 * Reports failures as one line each on stderr ({@code flashdeck: cannot copy a.jpg: no such file}),
 * logs their stack traces, and counts them for the exit code.
 */
final class ErrorReporter {

    private final PrintStream err;
    private final ErrorLog log;
    private int failures;

    ErrorReporter(PrintStream err, ErrorLog log) {
        this.err = err;
        this.log = log;
    }

    /**
     * One operation on one operand failed.
     *
     * @param operandPath the operand's path within its volume, or null when unknown
     */
    void failed(String verb, String operand, VolumePath operandPath, Exception e) {
        report("cannot " + verb + " " + operand + ": " + ErrorPhrases.describe(e, operandPath), e);
    }

    /**
     * One operation on a location failed whose path as named differs from its path within its
     * volume: {@code cam:/flash/lib} is {@code /lib} on the mount {@code /flash}.
     */
    void failed(String verb, String operand, VolumePath named, VolumePath within, Exception e) {
        report("cannot " + verb + " " + operand + ": " + ErrorPhrases.describe(e, named, within), e);
    }

    /** Code a user ran on a device raised: its traceback is the report (in this host's line ends), nothing is logged. */
    void raisedOnDevice(String traceback) {
        failures++;
        traceback.lines().forEach(err::println);
        err.flush();
    }

    /** Something that should not happen; the log has the details. */
    void internal(Throwable e) {
        report("internal error: " + e + " (details in " + log.file() + ")", e);
    }

    private void report(String line, Throwable e) {
        failures++;
        err.println("flashdeck: " + line);
        err.flush();
        log.record(line, e);
    }

    int failures() {
        return failures;
    }
}
