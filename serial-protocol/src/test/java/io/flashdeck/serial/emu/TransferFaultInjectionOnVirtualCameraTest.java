package io.flashdeck.serial.emu;

import io.flashdeck.serial.device.TransferFaultInjectionContract;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cut links on the virtual camera, its files in FAT images that must stay clean. A new session's
 * burst of Ctrl-C bytes, sent to end a transfer the cut left waiting, may overflow the receive
 * buffer of a camera that is busy with that transfer: those drops are the point of the burst.
 */
class TransferFaultInjectionOnVirtualCameraTest extends TransferFaultInjectionContract {

    @TempDir
    Path images;
    private TestCamera camera;

    @Override
    protected Link startDevice() throws IOException {
        camera = TestCamera.start(images);
        camera.allowDrops();
        return camera.link();
    }

    @Override
    protected ReplSettings settings() {
        return TestCamera.settings();
    }

    @Override
    protected int cuts() {
        return 120;
    }

    @Override
    protected List<String> temporaries(String directory) {
        return camera.storedNames(directory).stream()
                .map(name -> new String(name, StandardCharsets.UTF_8))
                .filter(name -> name.startsWith(".fd"))
                .toList();
    }

    @AfterEach
    void stopCamera() throws IOException {
        camera.close();
    }
}
