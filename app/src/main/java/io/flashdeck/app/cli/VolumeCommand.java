package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A subcommand that works on locations. It runs with an opener whose volumes are closed
 * afterwards, reports each failing operand and goes on with the next, as {@code cp} and {@code rm}
 * do, and exits 1 when anything failed.
 */
abstract class VolumeCommand extends Subcommand {

    private ErrorReporter errors;
    private VolumeOpener opener;

    @FunctionalInterface
    interface OperandAction {
        void run(Location operand) throws IOException;
    }

    VolumeCommand(FlashDeckCommand flashdeck, String name, String... description) {
        super(flashdeck, name, description);
    }

    @Override
    public final Integer call() throws IOException {
        CliEnvironment environment = flashdeck.environment();
        errors = new ErrorReporter(environment.err(), new ErrorLog(environment.logDirectory()));
        opener = new VolumeOpener(flashdeck.images(), flashdeck.cameras());
        try {
            run(opener);
        } finally {
            opener.closeAll((volume, e) -> errors.failed("close", volume, null, e));
            environment.out().flush();
        }
        return errors.failures() == 0 ? 0 : 1;
    }

    /** Does the command's work; failures of single operands go to {@link #failed}. */
    abstract void run(VolumeOpener opener) throws IOException;

    /**
     * Parses location operands. They are parsed here rather than by a picocli converter, which
     * reports a bad value of an optional list as an "unmatched argument"; a bad one is a usage error.
     */
    List<Location> locations(List<String> operands) {
        List<Location> locations = new ArrayList<>(operands.size());
        for (String operand : operands) {
            try {
                locations.add(flashdeck.parser().parse(operand));
            } catch (IllegalArgumentException e) {
                throw usageError("Invalid location " + e.getMessage());
            }
        }
        return locations;
    }

    PrintStream out() {
        return flashdeck.environment().out();
    }

    PrintStream err() {
        return flashdeck.environment().err();
    }

    /**
     * Stops work whose output nobody reads any more ({@code flashdeck ls -R | head}): a
     * {@link PrintStream} only remembers that writing failed.
     */
    void requireOutputOpen() throws IOException {
        if (out().checkError()) {
            throw new IOException("standard output is closed");
        }
    }

    /** Runs {@code action} on each operand, reporting a failure as "cannot VERB OPERAND: ..." and going on. */
    void eachOperand(List<Location> operands, String verb, OperandAction action) {
        for (Location operand : operands) {
            try {
                action.run(operand);
            } catch (IOException e) {
                failed(verb, operand, e);
            }
        }
    }

    void failed(String verb, Location operand, IOException e) {
        VolumePath within = opener.pathWithinVolume(operand).orElse(operand.path());
        errors.failed(verb, operand.text(), operand.path(), within, e);
    }

    /** Reports a failure on an operand that is not a location, such as a whole image. */
    void failed(String verb, String operand, IOException e) {
        errors.failed(verb, operand, null, e);
    }

    /** Code a user ran on a device raised: its traceback is the whole report. */
    void raisedOnDevice(String traceback) {
        errors.raisedOnDevice(traceback);
    }
}
