package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.CameraResets;
import io.flashdeck.app.device.ConnectedCamera;
import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Restarts a camera. A soft reset restarts MicroPython (its files stay; on OpenMV it does not run
 * {@code main.py}); a hard reset reboots the board, whose USB port then goes away for a moment,
 * so the command connects again and says when the camera is back.
 */
final class ResetCommand extends CameraCommand {

    static final String NAME = "reset";

    private final Declared<Boolean> hard;

    ResetCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "reset", NAME, "Restart a camera.",
                "--soft (the default) restarts MicroPython, files stay; --hard reboots the board and waits until it answers again.");
        OptionSpec soft = OptionSpec.builder("--soft").type(boolean.class)
                .description("Restart MicroPython only (default).").build();
        OptionSpec hard = OptionSpec.builder("--hard").type(boolean.class)
                .description("Reboot the board (machine.reset()) and reconnect.").build();
        spec().addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(soft).addArg(hard).build());
        this.hard = new Declared<>(hard);
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras) throws IOException {
        if (!Boolean.TRUE.equals(hard.value())) { // null when neither option is given
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
