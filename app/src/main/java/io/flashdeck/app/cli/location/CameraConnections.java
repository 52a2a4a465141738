package io.flashdeck.app.cli.location;

import io.flashdeck.app.device.CameraChooser;
import io.flashdeck.app.device.CameraResets;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The cameras one command talks to: one connection per device, made on first use and closed at
 * the end, so that {@code cam:/flash} and {@code cam:/sdcard} in one command share a session (a
 * serial port opens only once at a time). {@code cam:} is resolved to a port once per command.
 */
public final class CameraConnections {

    private static final String VIRTUAL_CAMERA = "emu";

    private final CameraAccess access;
    private final Map<String, ConnectedCamera> connected = new LinkedHashMap<>();
    private String onlyCamera;

    public CameraConnections(CameraAccess access) {
        this.access = access;
    }

    /** The camera {@code location} is on, connected. */
    public ConnectedCamera camera(CameraLocation location) throws IOException {
        String port = port(location);
        ConnectedCamera camera = connected.get(port);
        if (camera == null) {
            camera = connect(location, port);
            connected.put(port, camera);
        }
        return camera;
    }

    /**
     * Connects again to a camera that is restarting (its connection is dropped first), trying
     * until it answers or {@code within} has passed; {@code cam:} is looked for again, since a
     * camera may come back on another port.
     */
    public ConnectedCamera reconnect(CameraLocation location, Duration within) throws IOException {
        ConnectedCamera old = connected.remove(port(location));
        if (old != null) {
            old.close();
        }
        onlyCamera = null;
        return CameraResets.awaitReturn(within, () -> camera(location));
    }

    /** Closes every connection; each failure goes to {@code onFailure} with the camera's name. */
    public void closeAll(BiConsumer<String, IOException> onFailure) {
        List<ConnectedCamera> open = new ArrayList<>(connected.values());
        connected.clear();
        for (ConnectedCamera camera : open) {
            try {
                camera.close();
            } catch (IOException e) {
                onFailure.accept(camera.name(), e);
            }
        }
    }

    /** The serial port of a {@code cam:} location, or a key of its own for the virtual camera. */
    private String port(CameraLocation location) throws IOException {
        if (location.kind() == CameraLocation.Kind.EMULATOR) {
            return VIRTUAL_CAMERA;
        }
        if (location.port() != null) {
            return location.port();
        }
        if (onlyCamera == null) {
            onlyCamera = CameraChooser.choose(access.ports().get()).path();
        }
        return onlyCamera;
    }

    private ConnectedCamera connect(CameraLocation location, String port) throws IOException {
        boolean virtual = location.kind() == CameraLocation.Kind.EMULATOR;
        Link link = virtual ? access.virtualCamera().connect(location) : SerialLink.open(port);
        return ConnectedCamera.open(virtual ? VIRTUAL_CAMERA : "cam@" + port, link, access.settings());
    }
}
