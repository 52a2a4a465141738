package io.flashdeck.app.gui.camera;

import io.flashdeck.app.cli.location.CameraConnector;
import io.flashdeck.app.cli.location.VirtualCameraConnector;
import io.flashdeck.app.device.UsbDrives;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.SerialLink;
import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.port.PortScanner;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the sidebar's cameras come from; tests pass their own.
 *
 * @param virtualCamera opens the virtual camera, or null for none
 * @param ports         lists the serial ports, polled every {@code pollInterval}
 * @param serialPorts   opens a listed port
 * @param hostDrives    where this computer mounts drives, to find a camera's drive exposed over USB
 * @param settings      how every connection paces and bounds its conversation with the device
 */
public record CameraSources(CameraConnector virtualCamera, Supplier<List<PortInfo>> ports, PortOpener serialPorts,
        Supplier<List<Path>> hostDrives, Duration pollInterval, ReplSettings settings) {

    /** Opens the link to the device on a serial port. */
    @FunctionalInterface
    public interface PortOpener {
        Link open(PortInfo port) throws IOException;
    }

    /** The real machine: its serial ports, its mounted drives, the virtual camera on the images in {@code emuDirectory}. */
    public static CameraSources system(Path emuDirectory) {
        return new CameraSources(new VirtualCameraConnector(emuDirectory), PortScanner::scan,
                port -> SerialLink.open(port.path()), UsbDrives::mountedDrives, Duration.ofSeconds(1),
                ReplSettings.defaults());
    }
}
