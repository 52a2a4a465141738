package io.flashdeck.serial.emu;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.RawReplContract;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The client against the virtual camera, raw-paste on with its 128-byte window. */
class RawReplOnVirtualCameraTest extends RawReplContract {

    @TempDir
    Path dir;
    private TestCamera camera;

    @Override
    protected Link connect() throws IOException {
        camera = TestCamera.start(dir);
        return camera.link();
    }

    @Override
    protected ReplSettings settings() {
        return TestCamera.settings();
    }

    @AfterEach
    void stopCamera() throws IOException {
        camera.close();
    }
}
