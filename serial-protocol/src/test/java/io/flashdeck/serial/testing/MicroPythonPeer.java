package io.flashdeck.serial.testing;

import io.flashdeck.serial.agent.PyLiteral;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.link.ProcessLink;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real MicroPython for tests: the WebAssembly build run by Node behind {@code mpbridge.mjs},
 * a byte stream on stdin/stdout like a camera's serial port. Fails (never skips) when Node or
 * the npm package is missing.
 */
public final class MicroPythonPeer {

    private static final String PACKAGE = "node_modules/@micropython/micropython-webassembly-pyscript";

    private MicroPythonPeer() {
    }

    /**
     * Starts a fresh interpreter; {@code volumeDirs} optionally names the interpreter-side
     * directories mounted at {@code /flash} and {@code /sdcard}.
     */
    public static ProcessLink start(String... volumeDirs) throws IOException {
        Path script = bridgeScript();
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(volumeDirs));
        try {
            return ProcessLink.start(new ProcessBuilder(command).directory(script.getParent().toFile()));
        } catch (IOException e) {
            throw new AssertionError("Node.js is needed to run MicroPython for the tests (`node` on the PATH): "
                    + e.getMessage(), e);
        }
    }

    /** Raw-paste off (it hangs this build), no pacing (a pipe has flow control), timeouts short enough for tests. */
    public static ReplSettings settings() {
        return ReplSettings.defaults()
                .withRawPaste(false)
                .withPlainChunkPause(Duration.ZERO)
                .withEnterTimeout(Duration.ofSeconds(5))
                .withResponseTimeout(Duration.ofSeconds(2))
                .withExecTimeout(Duration.ofSeconds(5));
    }

    /** The names in {@code directory}, listed by the interpreter itself (the agent's listing tidies first). */
    public static List<String> names(DeviceSession session, String directory) throws IOException {
        String names = new String(session.exec("import os\nprint(b'/'.join(os.listdir("
                + PyLiteral.utf8(directory) + ")).decode())"), StandardCharsets.UTF_8).strip();
        return names.isEmpty() ? List.of() : List.of(names.split("/"));
    }

    /** The bridge script, checked to have its npm package installed beside it. */
    public static Path bridgeScript() {
        String property = System.getProperty("flashdeck.mpbridge");
        if (property == null) {
            throw new AssertionError("system property flashdeck.mpbridge is not set"
                    + " (serial-protocol/pom.xml sets it for surefire)");
        }
        Path script = Path.of(property).toAbsolutePath();
        if (!Files.isDirectory(script.getParent().resolve(PACKAGE))) {
            throw new AssertionError("MicroPython for the tests is not installed: run `npm ci` in "
                    + script.getParent());
        }
        return script;
    }
}
