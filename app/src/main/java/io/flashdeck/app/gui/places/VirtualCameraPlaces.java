package io.flashdeck.app.gui.places;

import io.flashdeck.app.cli.location.CameraConnector;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.Closeable;
import java.io.IOException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The virtual camera's mounts, {@code /flash} and {@code /sdcard}, as places. Both share one
 * session, connected when a pane first opens either of them, so the camera starts only when used.
 * When the link is lost (a cut cable), the session is dropped and the next use connects again.
 */
public final class VirtualCameraPlaces implements PlaceProvider {

    private static final CameraLocation CAMERA =
            new CameraLocation("emu:", CameraLocation.Kind.EMULATOR, null, VolumePath.ROOT, false);

    private final ObservableList<Place> places;
    private DeviceSession session;
    private LossWatchingLink link;

    /** @param connector starts the virtual camera and gives the host's end of its cable */
    public VirtualCameraPlaces(CameraConnector connector) {
        places = FXCollections.observableArrayList(
                mount(connector, "/flash", "Virtual camera", MaterialDesignC.CAMERA_OUTLINE,
                        "The built-in model of an OpenMV Cam: its internal flash"),
                mount(connector, "/sdcard", "Virtual camera SD card", MaterialDesignS.SD,
                        "The built-in model of an OpenMV Cam: its SD card"));
    }

    private Place mount(CameraConnector connector, String path, String title,
            Ikon icon, String description) {
        return new Place("emu:" + path, title, icon, description, "emu:" + path, VolumePath.ROOT,
                new SharedVolume(() -> session(connector).volume(path), this::linkLost));
    }

    private synchronized DeviceSession session(CameraConnector connector) throws IOException {
        if (session != null && link.isLost()) {
            DeviceSession dead = session;
            session = null;
            closeQuietly(dead);
        }
        if (session == null) {
            LossWatchingLink fresh = new LossWatchingLink(connector.connect(CAMERA));
            try {
                session = DeviceSession.open(fresh, ReplSettings.defaults());
            } catch (IOException | RuntimeException e) {
                closeQuietly(fresh);
                throw e;
            }
            link = fresh;
        }
        return session;
    }

    private synchronized boolean linkLost() {
        return link != null && link.isLost();
    }

    /** The link is gone: closing can only tidy up on this side. */
    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public String section() {
        return "Cameras";
    }

    @Override
    public ObservableList<Place> places() {
        return places;
    }
}
