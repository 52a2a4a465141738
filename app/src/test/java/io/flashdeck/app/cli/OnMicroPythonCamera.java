package io.flashdeck.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the command line against a fresh MicroPython camera each, mounted as OpenMV 4.6 mounts its volumes. */
abstract class OnMicroPythonCamera {

    @TempDir
    Path dir;
    MicroPythonCamera cam;

    @BeforeEach
    void startCamera() throws IOException {
        cam = MicroPythonCamera.start(dir).withOpenMvMounts();
    }

    @AfterEach
    void stopCamera() throws InterruptedException {
        cam.close();
    }
}
