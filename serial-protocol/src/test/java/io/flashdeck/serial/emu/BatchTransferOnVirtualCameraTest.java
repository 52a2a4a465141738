package io.flashdeck.serial.emu;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.BatchTransferContract;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Batches on the virtual camera, whose receive buffer drops what a client sends beyond its credit. */
class BatchTransferOnVirtualCameraTest extends BatchTransferContract {

    @TempDir
    Path images;
    private TestCamera camera;

    @Override
    protected Link startDevice() throws IOException {
        camera = TestCamera.start(images);
        return camera.link();
    }

    @Override
    protected ReplSettings settings() {
        return TestCamera.settings();
    }

    /**
     * Twice as many as a device that is granted whole windows early: the camera grants 448 bytes of
     * each 8 KiB window early (all its 512-byte receive buffer holds) and the rest once it has
     * written the previous one, so each window costs the host two exchanges.
     */
    @Override
    protected long uploadExchangeLimit() {
        return 30;
    }

    /** OpenMV's default files go: the contract starts from an empty {@code /flash}. */
    @Override
    protected void emptied() throws IOException {
        for (FileEntry entry : flash.list(VolumePath.parse("/"))) {
            flash.delete(entry.path());
        }
    }

    @Override
    protected List<String> storedNames(String directory) {
        return camera.storedNames(directory).stream().map(name -> new String(name, StandardCharsets.UTF_8)).toList();
    }

    @AfterEach
    void stopCamera() throws IOException {
        camera.close();
    }
}
