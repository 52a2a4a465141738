package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.AgentScript;

/**
 * Runs what the REPL received: recognises it, then runs it with Ctrl-C as the interrupt
 * character, as {@code pyexec.c} does. Holds the Python state a soft reset clears: the agent in
 * RAM and whether {@code machine} was imported.
 */
final class CodeRunner {

    /** How code ended: its error if it raised one (with the line), or a hard reset. */
    record Result(PyException error, int line, boolean hardReset) {
    }

    private final CodeRecognizer recognizer = new CodeRecognizer(AgentScript.get());
    private final CameraStorage storage;
    private final ReceiveBuffer input;
    private final Console output;
    private AgentCalls agent;
    private boolean machineImported;

    CodeRunner(CameraStorage storage, ReceiveBuffer input, Console output) {
        this.storage = storage;
        this.input = input;
        this.output = output;
    }

    /** A soft or hard reset: Python's state is gone, the agent with it. */
    void forget() {
        agent = null;
        machineImported = false;
    }

    /** Runs {@code code}; what it prints goes out as it runs. */
    Result run(byte[] code) {
        Program program = recognizer.recognize(code);
        input.busy();
        input.setInterruptEnabled(true);
        Step step = new Step();
        try {
            if (input.takeInterrupt()) {
                throw PyException.keyboardInterrupt();
            }
            run(program, step);
        } catch (PyException e) {
            step.error = e;
        } finally {
            input.setInterruptEnabled(false);
            // a Ctrl-C that came too late to interrupt anything is raised once the code is done
            if (input.takeInterrupt() && step.error == null && !step.hardReset) {
                step.error = PyException.keyboardInterrupt();
            }
        }
        return new Result(step.error, step.line, step.hardReset);
    }

    private void run(Program program, Step step) throws PyException {
        if (program instanceof Program.Refused refused) {
            step.line = refused.line();
            throw refused.error();
        }
        if (program instanceof Program.VersionProbe) {
            output.text((agent != null ? agent.version() : "-") + "\n");
        } else if (program instanceof Program.AgentPaste paste) {
            agent = new AgentCalls(paste.version(), storage, input, output);
        } else if (program instanceof Program.Statements statements) {
            for (Program.Statement statement : statements.statements()) {
                step.line = statement.line();
                if (run(statement)) {
                    step.hardReset = true;
                    return;
                }
            }
        }
    }

    /** Runs one statement; true when it resets the camera. */
    private boolean run(Program.Statement statement) throws PyException {
        if (statement instanceof Program.ImportMachine) {
            machineImported = true;
        } else if (statement instanceof Program.MachineReset) {
            if (!machineImported) {
                throw new PyException("NameError", "name 'machine' isn't defined");
            }
            return true;
        } else if (statement instanceof Program.AgentCall call) {
            if (agent == null) {
                throw new PyException("NameError", "name '_fdagent' isn't defined");
            }
            agent.call(call.function(), call.arguments());
        }
        return false;
    }

    /** Where running code got to. */
    private static final class Step {
        PyException error;
        int line = 1;
        boolean hardReset;
    }
}
