package io.flashdeck.app.gui.camera;

import io.flashdeck.app.device.CameraResets;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.serial.agent.MountInfo;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One camera in the sidebar and its connection, made when first needed: when a pane opens one
 * of its mounts, or an action needs the device. Ejecting or a hard reset ends the connection; the
 * next use connects again. Calls take turns, so nothing reaches a camera that is restarting, and
 * a camera is never connected twice. Worker threads only: every call may take long.
 */
final class CameraConnection {

    /** Opens the link to the device: its serial port, or the virtual camera's cable. */
    @FunctionalInterface
    interface LinkOpener {
        Link open() throws IOException;
    }

    private final String name;
    private final LinkOpener opener;
    private final ReplSettings settings;
    private volatile ConnectedCamera camera;
    private LossWatchingLink link;

    /** @param name for messages, as the command line names the camera ({@code emu}, {@code cam@/dev/ttyACM0}) */
    CameraConnection(String name, LinkOpener opener, ReplSettings settings) {
        this.name = name;
        this.opener = opener;
        this.settings = settings;
    }

    String name() {
        return name;
    }

    /** The connected camera, connecting now if needed or if the link of the last connection was lost. */
    synchronized ConnectedCamera camera() throws IOException {
        if (camera != null && link.isLost()) {
            dropLostConnection();
        }
        if (camera == null) {
            LossWatchingLink fresh = new LossWatchingLink(opener.open());
            camera = ConnectedCamera.open(name, fresh, settings);
            link = fresh;
        }
        return camera;
    }

    /** A cut cable or a camera gone: the session is dead, closing it can only tidy up this side. */
    private void dropLostConnection() {
        try {
            disconnect();
        } catch (IOException ignored) {
            // the device is unreachable; nothing more to release
        }
    }

    /** Without waiting for a call under way: the FX thread asks. */
    boolean isConnected() {
        return camera != null;
    }

    /** The mounts with their space as of now. */
    synchronized List<MountInfo> mounts() throws IOException {
        return camera().session().mounts();
    }

    /** Writes what the device still holds in memory to its storage. */
    synchronized void sync() throws IOException {
        camera().volume(camera().internalFlash()).flush();
    }

    /** Syncs and disconnects; the camera stays where it is and the next use connects again. */
    synchronized void eject() throws IOException {
        if (camera != null) {
            try {
                sync();
            } finally {
                disconnect();
            }
        }
    }

    synchronized void softReset() throws IOException {
        camera().session().softReset();
    }

    /** Reboots the board and connects again once it answers; returns how long that took. */
    synchronized Duration hardReset() throws IOException {
        ConnectedCamera resetting = camera();
        try {
            CameraResets.hardReset(resetting.session());
        } finally {
            disconnect();
        }
        long start = System.nanoTime();
        CameraResets.awaitReturn(CameraResets.COMING_BACK, this::camera);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Ends the connection without syncing: the app is closing, and the volumes flushed already. */
    synchronized void close() throws IOException {
        disconnect();
    }

    /** Closes the session: the device goes back to its friendly REPL. */
    private void disconnect() throws IOException {
        ConnectedCamera closing = camera;
        camera = null;
        if (closing != null) {
            closing.close();
        }
    }
}
