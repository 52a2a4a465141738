package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.device.UsbDrives;
import io.flashdeck.app.gui.camera.CameraPlaces;
import io.flashdeck.serial.port.PortInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cameras on serial ports come and go in the sidebar as the port watcher sees them; the ports are
 * listed by a scanner of the test's own, each opening a virtual camera in this process.
 */
class CameraPlugTest {

    private static final PortInfo OPENMV_H7 = new PortInfo("/dev/ttyACM7", "OpenMV Virtual_COM_Port", 0x37C5, 0x1204,
            "3671345A3335");
    private static final PortInfo BUILT_IN_UART = new PortInfo("/dev/ttyS0", "Physical Port S0", -1, -1, null);

    @TempDir
    Path dir;

    final AtomicReference<List<PortInfo>> ports = new AtomicReference<>(List.of(BUILT_IN_UART));
    Path usbDrive;
    CameraPlaces cameras;
    RunningApp app;

    @BeforeEach
    void start() throws Exception {
        VirtualCameraFiles virtual = VirtualCameraFiles.create(dir.resolve("emu"),
                Files.createDirectories(dir.resolve("scratch")));
        // The camera's flash as this computer would mount it over USB mass storage.
        usbDrive = Files.createDirectories(dir.resolve("media/NO NAME"));
        Files.createFile(usbDrive.resolve(UsbDrives.MARKER));
        Path otherDrive = Files.createDirectories(dir.resolve("media/STICK"));
        cameras = new CameraPlaces(virtual.sources(ports::get, Files.createDirectories(dir.resolve("cam0")),
                () -> List.of(otherDrive, usbDrive)));
        app = RunningApp.start(RunningApp.environment(dir.resolve("state"), Files.createDirectories(dir.resolve("home")),
                () -> List.of(cameras)));
    }

    @AfterEach
    void close() throws Exception {
        cameras.close();
        app.close();
    }

    @Test
    void aCameraAppearsWhenPluggedAndGoesWhenUnplugged() throws Exception {
        assertThat(app.sidebar().has("Virtual camera")).isTrue();
        assertThat(app.sidebar().has("Physical Port S0")).as("a port of unknown identity").isFalse();

        ports.set(List.of(BUILT_IN_UART, OPENMV_H7));
        app.await("the camera in the sidebar", () -> app.sidebar().has("OpenMV Cam H7"));
        assertThat(app.sidebar().has("/sdcard")).as("the virtual camera's card only").isTrue();

        app.sidebar().click("OpenMV Cam H7");
        app.await("its mounts listed", () -> app.fx(() -> cameras.groups().get(1).places().size()) == 2);
        app.await("the USB drive warning", () -> app.fx(() -> app.robot.lookup(".usb-warning").queryAll().stream()
                .anyMatch(node -> node.isVisible())));
        app.sidebar().clickUnder("OpenMV Cam H7", "/flash");
        app.awaitDirectory(app.left(), "cam@/dev/ttyACM7:/flash", "/");
        assertThat(app.names(app.left())).contains("main.py", "README.txt");
        app.screenshot("camera-sidebar");

        ports.set(List.of(BUILT_IN_UART));
        app.await("the camera gone from the sidebar", () -> !app.sidebar().has("OpenMV Cam H7"));
        assertThat(app.sidebar().has("Virtual camera")).isTrue();
    }

    @Test
    void theWarningNamesTheMountedDriveBeforeErasing() {
        ports.set(List.of(OPENMV_H7));
        app.await("the camera in the sidebar", () -> app.sidebar().has("OpenMV Cam H7"));
        app.sidebar().click("OpenMV Cam H7");
        app.await("its mounts listed", () -> app.fx(() -> cameras.groups().get(1).places().size()) == 2);
        app.sidebar().openMenu("OpenMV Cam H7");
        app.robot.clickOn("Reformat /flash…");
        app.await("the confirmation", app::dialogOpen);
        assertThat(app.dialogText()).contains("Reformat /flash of OpenMV Cam H7?")
                .contains("The camera's drive is also mounted on this computer (" + usbDrive + ")")
                .doesNotContain("STICK");
        app.clickDialogButton("Cancel");
        app.await("the dialog closed", () -> !app.dialogOpen());
    }
}
