package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.app.device.Loss;
import io.flashdeck.serial.agent.MountInfo;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Puts a camera's internal flash back as it came: reformatted, with the firmware's default files. */
@Command(name = "factory-reset", mixinStandardHelpOptions = true,
        description = {"Reformat a camera's internal flash and write the firmware's default files.",
            "The flash is /flash (/ on older firmware); the files are main.py, README.txt and .openmv_disk.",
            "Everything on it is erased: needs --yes."})
final class FactoryResetCommand extends CameraCommand {

    @Option(names = "--yes", description = "Erase the flash without asking.")
    boolean yes;

    FactoryResetCommand() {
        super("factory-reset");
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras) throws IOException {
        MountInfo flash = location.path().isRoot() ? camera.internalFlash() : camera.mountAt(location.path());
        String where = camera.name() + ":" + flash.path();
        if (!yes) {
            throw Erasure.refusal("a factory reset", Loss.of(camera.volume(flash)).describe(), where);
        }
        camera.session().factoryReset(flash.path());
        out().println("factory reset " + where + ": formatted, default files written");
    }
}
