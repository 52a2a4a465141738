package io.flashdeck.serial.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A serial port for tests: socat makes a pseudo-terminal (a path port discovery does not list,
 * opened as a camera's port would be) and connects it to a command's stdin and stdout. The port
 * stays up while programs open and close it. Fails (never skips) when socat is missing.
 */
public final class PseudoTerminal implements AutoCloseable {

    private static final int WAIT_STEPS = 250;
    private static final long STEP_MILLIS = 20;

    private final Path port;
    private final Process socat;

    private PseudoTerminal(Path port, Process socat) {
        this.port = port;
        this.socat = socat;
    }

    /** Real MicroPython ({@link MicroPythonPeer}) behind {@code directory/name}. */
    public static PseudoTerminal microPython(Path directory, String name) throws IOException {
        return running(directory, name, "node " + MicroPythonPeer.bridgeScript());
    }

    /** {@code command} (run by socat's EXEC, words split at spaces) behind {@code directory/name}. */
    public static PseudoTerminal running(Path directory, String name, String command) throws IOException {
        Path port = directory.resolve(name);
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + port, "EXEC:" + command)
                    .redirectErrorStream(true).redirectOutput(directory.resolve(name + ".socat.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("socat is needed for the serial port tests (apt install socat)", e);
        }
        PseudoTerminal terminal = new PseudoTerminal(port, socat);
        terminal.awaitPort();
        return terminal;
    }

    /** The port's path, such as {@code /tmp/junit123/cam0}. */
    public Path port() {
        return port;
    }

    /** Ends socat and the command behind it: the port vanishes as an unplugged camera's does. */
    @Override
    public void close() throws InterruptedException {
        // socat does not always take its EXEC child along, and an interpreter stuck in a loop
        // never notices its terminal is gone: end the whole tree, or it spins on after the test.
        List<ProcessHandle> children = socat.descendants().toList();
        socat.destroyForcibly().waitFor();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitPort() throws IOException {
        for (int i = 0; i < WAIT_STEPS && !Files.exists(port); i++) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!Files.exists(port)) {
            socat.destroyForcibly();
            throw new AssertionError("socat made no pseudo-terminal at " + port);
        }
    }
}
