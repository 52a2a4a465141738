package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.CameraResets;
import io.flashdeck.app.device.ConnectedCamera;
import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Restarts a camera. A soft reset restarts MicroPython (its files stay; on OpenMV it does not run
 * {@code main.py}); a hard reset reboots the board, whose USB port then goes away for a moment,
 * so the command connects again and says when the camera is back.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Restart a camera.",
            "--soft (the default) restarts MicroPython, files stay; --hard reboots the board and waits until it answers again."})
final class ResetCommand extends CameraCommand {

    @ArgGroup(exclusive = true)
    Mode mode;

    static final class Mode {
        @Option(names = "--soft", description = "Restart MicroPython only (default).")
        boolean soft;

        @Option(names = "--hard", description = "Reboot the board (machine.reset()) and reconnect.")
        boolean hard;
    }

    ResetCommand() {
        super("reset");
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras) throws IOException {
        if (mode == null || mode.soft) {
            camera.session().softReset();
            out().println("soft reset " + camera.name());
            return;
        }
        CameraResets.hardReset(camera.session());
        out().println("hard reset " + camera.name() + ", waiting for it to come back...");
        out().flush();
        long start = System.nanoTime();
        ConnectedCamera back = cameras.reconnect(location, CameraResets.COMING_BACK);
        out().printf(Locale.ROOT, "%s is back after %.1f s%n", back.name(), (System.nanoTime() - start) / 1e9);
    }
}
