package io.flashdeck.app.gui.places;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The cameras section until the virtual camera joins this build: one entry that explains itself
 * when opened. The real provider lists the virtual camera's mounts ({@code /flash}, {@code /sdcard})
 * as places, each a {@code DeviceVolume} of one shared session, and later the cameras found on
 * serial ports.
 */
public final class VirtualCameraPlaces implements PlaceProvider {

    private final ObservableList<Place> places = FXCollections.observableArrayList(new Place("emu",
            "Virtual camera", MaterialDesignC.CAMERA_OUTLINE, "The built-in model of an OpenMV Cam", "emu:",
            VolumePath.ROOT, new SharedVolume(() -> {
                throw new IOException("the virtual camera is not part of this build yet");
            })));

    @Override
    public String section() {
        return "Cameras";
    }

    @Override
    public ObservableList<Place> places() {
        return places;
    }
}
