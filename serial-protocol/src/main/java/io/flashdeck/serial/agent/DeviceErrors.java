package io.flashdeck.serial.agent;

import io.flashdeck.serial.repl.DeviceException;
import io.flashdeck.serial.repl.ExecResult;
import java.io.IOException;

/** Turns what an agent call raised into the exception for its caller (a path-aware {@link AgentErrors} mapping). */
@FunctionalInterface
interface DeviceErrors {

    IOException map(DeviceException e);

    /** Throws the mapped exception when {@code result} carries a traceback. */
    default void check(ExecResult result) throws IOException {
        try {
            result.stdoutOrThrow();
        } catch (DeviceException e) {
            throw map(e);
        }
    }
}
