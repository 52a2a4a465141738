package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.link.SerialLink;
import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.MicroPythonPeer;
import io.flashdeck.serial.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Real MicroPython (the WebAssembly build) behind a pseudo-terminal, and the command line run
 * in this process against it through {@code cam@PORT:} locations. Every run passes
 * {@code --no-raw-paste}, as a user of that build must: the settings leave raw-paste on.
 */
final class MicroPythonCamera implements AutoCloseable {

    /** Short timeouts for tests; raw-paste stays on so that --no-raw-paste is what turns it off. */
    static final ReplSettings SETTINGS = MicroPythonPeer.settings().withRawPaste(true);

    private final PseudoTerminal terminal;
    private final Path work;
    private List<PortInfo> ports = List.of();

    private MicroPythonCamera(PseudoTerminal terminal, Path work) {
        this.terminal = terminal;
        this.work = work;
    }

    /** Starts MicroPython behind {@code dir/cam0}; commands run in {@code dir/work}. */
    static MicroPythonCamera start(Path dir) throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        return new MicroPythonCamera(PseudoTerminal.microPython(dir, "cam0"), work);
    }

    Path port() {
        return terminal.port();
    }

    /** The working directory of the runs. */
    Path work() {
        return work;
    }

    /** {@code cam@PORT:PATH} */
    String at(String path) {
        return "cam@" + port() + ":" + path;
    }

    /** What port discovery reports from now on (the default: no ports). */
    void listPorts(List<PortInfo> listed) {
        ports = List.copyOf(listed);
    }

    /**
     * Makes the device look like OpenMV 4.6 and later: {@code /} is no volume, only a virtual
     * root holding the mount points {@code /flash} and {@code /sdcard}.
     */
    MicroPythonCamera withOpenMvMounts() {
        ok("exec", at(""), "import vfs\nvfs.umount('/')");
        return this;
    }

    /** Runs with --no-raw-paste. */
    CliRun run(String... args) {
        return run(SETTINGS, withoutRawPaste(args));
    }

    /** Runs {@code args} as given, with {@code settings} for every connection. */
    CliRun run(ReplSettings settings, String... args) {
        return CliRun.run(work, access(settings), args);
    }

    /** Runs with --no-raw-paste as on a terminal; {@code errWatcher} sees stderr as it is written. */
    CliRun onTerminal(Consumer<String> errWatcher, String... args) {
        return CliRun.onTerminal(work, access(SETTINGS), errWatcher, withoutRawPaste(args));
    }

    private static String[] withoutRawPaste(String... args) {
        List<String> all = new ArrayList<>(List.of("--no-raw-paste"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private CameraAccess access(ReplSettings settings) {
        return new CameraAccess(() -> ports, CliRun.NO_VIRTUAL_CAMERA, settings);
    }

    /** Runs, expecting success and nothing on stderr. */
    CliRun ok(String... args) {
        CliRun run = run(args);
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).as(run.toString()).isEmpty();
        return run;
    }

    /** Runs, expecting exit 1 with exactly one error line, which is returned. */
    String fails(String... args) {
        return failure(run(args));
    }

    /** The one error line of a run that failed with exit 1. */
    static String failure(CliRun run) {
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).hasSize(1);
        return run.errLines().get(0);
    }

    /** A session of the test's own, to look at the device independently of the command line; close it. */
    DeviceSession session() throws IOException {
        return DeviceSession.open(SerialLink.open(port().toString()), MicroPythonPeer.settings());
    }

    @Override
    public void close() throws InterruptedException {
        terminal.close();
    }
}
