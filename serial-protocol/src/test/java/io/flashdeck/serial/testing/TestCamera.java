package io.flashdeck.serial.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.name.Cp437;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.emu.CameraSettings;
import io.flashdeck.serial.emu.VirtualCamera;
import io.flashdeck.serial.link.PipeLink;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A virtual camera for one test, its images in a temporary directory. Closing it checks what
 * every test on it must leave true: both FAT images pass {@code fsck.fat} without a warning, and
 * (unless the test allows it) no client byte was ever dropped by the camera's receive buffer.
 */
public final class TestCamera implements AutoCloseable {

    private final VirtualCamera camera;
    private final CameraSettings cameraSettings;
    private boolean dropsAllowed;

    private TestCamera(VirtualCamera camera, CameraSettings cameraSettings) {
        this.camera = camera;
        this.cameraSettings = cameraSettings;
    }

    /** A camera with a flash and a card image in {@code directory}, powered on. */
    public static TestCamera start(Path directory) throws IOException {
        return start(directory, UnaryOperator.identity());
    }

    public static TestCamera start(Path directory, UnaryOperator<CameraSettings> change) throws IOException {
        CameraSettings settings = change.apply(CameraSettings.in(directory));
        TestCamera test = new TestCamera(VirtualCamera.open(settings), settings);
        test.camera.start();
        return test;
    }

    /** Raw-paste on, short enough timeouts for tests. */
    public static ReplSettings settings() {
        return ReplSettings.defaults()
                .withEnterTimeout(Duration.ofSeconds(5))
                .withResponseTimeout(Duration.ofSeconds(2))
                .withExecTimeout(Duration.ofSeconds(5));
    }

    public VirtualCamera camera() {
        return camera;
    }

    /** The host end of the camera's current USB cable. */
    public PipeLink link() {
        return camera.link();
    }

    /** A new session over a fresh view of the current cable (the camera keeps running when it ends). */
    public DeviceSession session() throws IOException {
        return DeviceSession.open(new CuttingLink(link()), settings());
    }

    public Path flashImage() {
        return cameraSettings.flashImage();
    }

    public Path sdcardImage() {
        return cameraSettings.sdcardImage();
    }

    /**
     * The names in a directory of the camera (a device path such as {@code /flash/sub}) as the
     * camera's FatFs reads them, found by mtools in the image as a PC would: a long name as its
     * code page 437 bytes (a long name outside code page 437, which the camera sees by its 8.3
     * name, is left out). Only between calls: the camera writes each change through at once.
     */
    public List<byte[]> storedNames(String devicePath) {
        String mount = devicePath.startsWith("/sdcard") ? "/sdcard" : "/flash";
        Path image = mount.equals("/sdcard") ? sdcardImage() : flashImage();
        String inside = "::" + Cp437.decode(devicePath.substring(mount.length()).getBytes(StandardCharsets.UTF_8));
        String prefix = inside.endsWith("/") ? inside : inside + "/";
        List<byte[]> names = new ArrayList<>();
        for (String line : ExternalTool.run(List.of("mdir", "-b", "-a", "-i", image.toString(), inside))
                .requireSuccess().lines()) {
            String name = line.substring(prefix.length()).replaceAll("/$", "");
            if (Cp437.canEncode(name)) {
                names.add(Cp437.encode(name));
            }
        }
        return names;
    }

    /** This test drives a client that ignores flow control on purpose. */
    public void allowDrops() {
        dropsAllowed = true;
    }

    @Override
    public void close() throws IOException {
        long dropped = camera.droppedBytes();
        camera.close();
        Fsck.check(flashImage()).requireClean();
        if (sdcardImage() != null) {
            Fsck.check(sdcardImage()).requireClean();
        }
        if (!dropsAllowed) {
            assertThat(dropped).as("bytes the camera's receive buffer dropped").isZero();
        }
    }
}
