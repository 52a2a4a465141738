package io.flashdeck.serial.bench;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.SerialLink;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.CuttingLink;
import io.flashdeck.serial.testing.MicroPythonPeer;
import io.flashdeck.serial.testing.PseudoTerminal;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A device to measure, started as the tests start it: the virtual camera in this process, or
 * real MicroPython (the WebAssembly build under Node) behind a pseudo-terminal made by socat,
 * opened as a serial port. Each connection gets a new link; the device lives until closed.
 */
final class BenchPeer implements AutoCloseable {

    /** Opens a fresh link to the running device. */
    @FunctionalInterface
    private interface LinkSource {
        Link open() throws IOException;
    }

    private final String name;
    private final String mount;
    private final ReplSettings settings;
    private final boolean runsPython;
    private final LinkSource links;
    private final AutoCloseable device;

    private BenchPeer(String name, String mount, ReplSettings settings, boolean runsPython, LinkSource links,
            AutoCloseable device) {
        this.name = name;
        this.mount = mount;
        this.settings = settings;
        this.runsPython = runsPython;
        this.links = links;
        this.device = device;
    }

    /** The virtual camera on images in {@code directory}, measured on its 64 MiB card (its 2 MiB flash is too small). */
    static BenchPeer virtualCamera(Path directory) throws IOException {
        TestCamera camera = TestCamera.start(directory);
        return new BenchPeer("virtual camera", "/sdcard", TestCamera.settings(), false,
                () -> new CuttingLink(camera.link()), camera); // a view: closing it leaves the camera's cable in
    }

    /** MicroPython behind the pseudo-terminal {@code directory/mp0}, raw-paste off as that build needs. */
    static BenchPeer microPython(Path directory) throws IOException {
        PseudoTerminal terminal = PseudoTerminal.microPython(directory, "mp0");
        return new BenchPeer("MicroPython (pty)", "/flash", MicroPythonPeer.settings(), true,
                () -> SerialLink.open(terminal.port().toString()), terminal);
    }

    String name() {
        return name;
    }

    /** The volume the files go to. */
    String mount() {
        return mount;
    }

    ReplSettings settings() {
        return settings;
    }

    /** Whether it runs any Python sent to it (the baseline needs that; the virtual camera runs only the agent). */
    boolean runsPython() {
        return runsPython;
    }

    Link openLink() throws IOException {
        return links.open();
    }

    @Override
    public void close() throws Exception {
        device.close();
    }
}
