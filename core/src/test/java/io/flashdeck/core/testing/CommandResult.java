package io.flashdeck.core.testing;

import java.util.Arrays;
import java.util.List;

/** What an external tool did: its exit code and everything it printed. */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

    /** Output lines of both streams, without empty ones. */
    public List<String> lines() {
        return Arrays.stream((stdout + "\n" + stderr).split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    /** Everything, for assertion messages. */
    public String transcript() {
        return String.join(" ", command) + " -> exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
