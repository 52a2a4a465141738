package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraConnections;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.app.device.Loss;
import io.flashdeck.serial.agent.MountInfo;
import java.io.IOException;

/** Puts a camera's internal flash back as it came: reformatted, with the firmware's default files. */
final class FactoryResetCommand extends CameraCommand {

    static final String NAME = "factory-reset";

    private final Declared<Boolean> yes;

    FactoryResetCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "factory-reset", NAME,
                "Reformat a camera's internal flash and write the firmware's default files.",
                "The flash is /flash (/ on older firmware); the files are main.py, README.txt and .openmv_disk.",
                "Everything on it is erased: needs --yes.");
        yes = declaration.flag("Erase the flash without asking.", "--yes");
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera, CameraConnections cameras) throws IOException {
        MountInfo flash = location.path().isRoot() ? camera.internalFlash() : camera.mountAt(location.path());
        String where = camera.name() + ":" + flash.path();
        if (!yes.value()) {
            throw Erasure.refusal("a factory reset", Loss.of(camera.volume(flash)).describe(), where);
        }
        camera.session().factoryReset(flash.path());
        out().println("factory reset " + where + ": formatted, default files written");
    }
}
