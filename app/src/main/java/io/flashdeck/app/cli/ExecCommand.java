package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.serial.repl.DeviceException;
import java.io.IOException;

/** Runs Python on a camera, as {@code mpremote exec} does: the device's bytes pass through unchanged. */
final class ExecCommand extends CameraCommand {

    static final String NAME = "exec";

    private final Declared<String> code;

    ExecCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "run code on", NAME, "Run Python code on a camera.",
                "What it prints goes to standard output; if it raises, the traceback goes to standard error and the exit code is 1.");
        code = declaration.operand(1, "CODE", "Python statements, such as 'print(1)'.");
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras) throws IOException {
        try {
            out().write(camera.session().exec(code.value()));
        } catch (DeviceException e) {
            out().write(e.stdout());
            out().flush();
            raisedOnDevice(e.traceback());
        }
    }
}
