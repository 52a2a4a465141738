package io.flashdeck.serial.emu;

import java.util.List;

/** What the recogniser made of code sent to the camera. */
sealed interface Program {

    /** The host asks which agent version is in RAM ({@code print(_fdagent.V)} or {@code -}). */
    record VersionProbe() implements Program {
    }

    /** The agent's code, pasted, stamped with {@code version}. */
    record AgentPaste(String version) implements Program {
    }

    /** Statements the camera runs one after the other. */
    record Statements(List<Statement> statements) implements Program {
    }

    /** Code the camera cannot run: raising {@code error} from {@code line} before anything ran. */
    record Refused(int line, PyException error) implements Program {
    }

    /** One statement, with its line for tracebacks. */
    sealed interface Statement {
        int line();
    }

    /** {@code import machine}. */
    record ImportMachine(int line) implements Statement {
    }

    /** {@code machine.reset()}: a hard reset. */
    record MachineReset(int line) implements Statement {
    }

    /** {@code _fdagent.function(literals...)}. */
    record AgentCall(int line, String function, List<Object> arguments) implements Statement {
    }
}
