package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.app.device.ConnectedCamera;
import java.io.IOException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** A command that works on one camera as a device ({@code exec}, {@code reset}, {@code factory-reset}). */
abstract class CameraCommand extends VolumeCommand {

    @Parameters(index = "0", paramLabel = "CAMERA", description = "cam:, cam@PORT: or emu:")
    String operand;

    private final String verb;

    /** @param verb for messages: "cannot VERB CAMERA: ..." */
    CameraCommand(String verb) {
        this.verb = verb;
    }

    @Override
    final void run(VolumeOpener opener) {
        CameraLocation location = camera();
        try {
            apply(location, opener.cameras().camera(location), opener.cameras());
        } catch (IOException e) {
            failed(verb, operand, e);
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
            return CameraArgument.parse(flashdeck.parser(), operand).orElseThrow(
                    () -> new IllegalArgumentException("\"" + operand + "\": expected cam:, cam@PORT: or emu:"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid camera " + e.getMessage());
        }
    }
}
