package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.serial.repl.DeviceException;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs Python on a camera, as {@code mpremote exec} does: the device's bytes pass through unchanged. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = {"Run Python code on a camera.",
            "What it prints goes to standard output; if it raises, the traceback goes to standard error and the exit code is 1."})
final class ExecCommand extends CameraCommand {

    @Parameters(index = "1", paramLabel = "CODE", description = "Python statements, such as 'print(1)'.")
    String code;

    ExecCommand() {
        super("run code on");
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras) throws IOException {
        try {
            out().write(camera.session().exec(code));
        } catch (DeviceException e) {
            out().write(e.stdout());
            out().flush();
            raisedOnDevice(e.traceback());
        }
    }
}
