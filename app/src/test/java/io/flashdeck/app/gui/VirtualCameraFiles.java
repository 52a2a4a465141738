package io.flashdeck.app.gui;

import io.flashdeck.app.cli.location.VirtualCameraConnector;
import io.flashdeck.app.gui.camera.CameraSources;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.serial.emu.CameraSettings;
import io.flashdeck.serial.emu.VirtualCamera;
import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The virtual camera's images for a GUI test, in a folder of the test's own: its flash made by
 * the camera (OpenMV's default files) plus a few files put there with mtools, so that erasing has
 * something to lose.
 */
final class VirtualCameraFiles {

    final Path directory;

    private VirtualCameraFiles(Path directory) {
        this.directory = directory;
    }

    /** The camera's images in {@code directory}, its flash holding the default files, {@code data.bin} and {@code lib/helper.py}. */
    static VirtualCameraFiles create(Path directory, Path scratch) throws IOException {
        VirtualCamera.open(CameraSettings.in(directory)).close();
        Path lib = Files.createDirectories(scratch.resolve("lib"));
        Files.writeString(lib.resolve("helper.py"), "def blink():\n    pass\n");
        byte[] data = new byte[40_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Path dataFile = Files.write(scratch.resolve("data.bin"), data);
        MTools.on(flashImage(directory)).copyIn("::/", lib, dataFile);
        return new VirtualCameraFiles(directory);
    }

    Path flashImage() {
        return flashImage(directory);
    }

    private static Path flashImage(Path directory) {
        return CameraSettings.in(directory).flashImage();
    }

    /** What the flash holds now, read by mtools (path → "dir" or size and SHA-256). */
    Map<String, String> flashSnapshot(Path scratch) throws IOException {
        Path copy = Files.createDirectories(scratch.resolve("flash-now-" + System.nanoTime()));
        MTools.on(flashImage()).copyOut("::/", copy);
        return TreeSnapshot.ofHost(copy);
    }

    /** The virtual camera on these images, and serial ports as {@code ports} lists them, each a virtual camera in {@code portImages}. */
    CameraSources sources(Supplier<List<PortInfo>> ports, Path portImages, Supplier<List<Path>> hostDrives) {
        return new CameraSources(new VirtualCameraConnector(directory), ports,
                port -> new VirtualCameraConnector(portImages).connect(null), hostDrives, Duration.ofMillis(100),
                TestCamera.settings());
    }
}
