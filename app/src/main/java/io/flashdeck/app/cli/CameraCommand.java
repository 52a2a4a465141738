package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.app.device.ConnectedCamera;
import java.io.IOException;

/** A command that works on one camera as a device ({@code exec}, {@code reset}, {@code factory-reset}). */
abstract class CameraCommand extends VolumeCommand {

    private final Declared<String> operand;
    private final String verb;

    /** @param verb for messages: "cannot VERB CAMERA: ..." */
    CameraCommand(FlashDeckCommand flashdeck, String verb, String name, String... description) {
        super(flashdeck, name, description);
        operand = declaration.operand(0, "CAMERA", "cam:, cam@PORT: or emu:");
        this.verb = verb;
    }

    @Override
    final void run(VolumeOpener opener) {
        CameraLocation location = camera();
        try {
            apply(location, opener.cameras().camera(location), opener.cameras());
        } catch (IOException e) {
            failed(verb, operand.value(), e);
        }
    }

    /**
     * Does the command's work.
     *
     * @param cameras the command's connections, for commands that must connect again
     */
    abstract void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras)
            throws IOException;

    private CameraLocation camera() {
        try {
            String text = operand.value();
            return CameraArgument.parse(flashdeck.parser(), text).orElseThrow(
                    () -> new IllegalArgumentException("\"" + text + "\": expected cam:, cam@PORT: or emu:"));
        } catch (IllegalArgumentException e) {
            throw usageError("Invalid camera " + e.getMessage());
        }
    }
}
