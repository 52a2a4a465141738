package io.flashdeck.app.gui.camera;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.PlaceGroup;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.port.BoardModel;
import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.port.PortListener;
import io.flashdeck.serial.port.PortWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The sidebar's cameras: the virtual camera, then every known board on a serial port, added and
 * removed as they are plugged in and out (a {@link PortWatcher} polls the ports). Each is named by
 * its USB identity and connected only when first used. Ports without a known identity are left
 * alone: talking to the wrong device could disturb it.
 */
public final class CameraPlaces implements PlaceProvider, PortListener {

    private static final CameraLocation VIRTUAL_CAMERA =
            new CameraLocation("emu:", CameraLocation.Kind.EMULATOR, null, VolumePath.ROOT, false);

    private final CameraSources sources;
    private final ObservableList<PlaceGroup> groups = FXCollections.observableArrayList();
    private final Map<String, CameraEntry> byPort = new HashMap<>();
    private final PortWatcher watcher;
    private CameraActions actions;

    public CameraPlaces(CameraSources sources) {
        this.sources = sources;
        if (sources.virtualCamera() != null) {
            CameraEntry virtual = new CameraEntry("Virtual camera", MaterialDesignC.CAMERA_OUTLINE,
                    "The built-in model of an OpenMV Cam, on images in FlashDeck's data folder",
                    new CameraConnection("emu", () -> sources.virtualCamera().connect(VIRTUAL_CAMERA),
                            sources.settings()));
            virtual.expectMounts(List.of("/flash", "/sdcard"));
            groups.add(virtual);
        }
        watcher = PortWatcher.start(sources.ports(), sources.pollInterval(), this);
    }

    /** Where this computer mounts drives, to find a camera's drive exposed over USB. */
    Supplier<List<Path>> hostDrives() {
        return sources.hostDrives();
    }

    /** Gives every camera, present and future, its actions; FX thread. */
    void useActions(CameraActions cameraActions) {
        actions = cameraActions;
        cameras().forEach(camera -> camera.useActions(cameraActions));
    }

    List<CameraEntry> cameras() {
        List<CameraEntry> cameras = new ArrayList<>();
        groups.forEach(group -> cameras.add((CameraEntry) group));
        return cameras;
    }

    /** The camera that holds {@code place}, if a camera does. */
    CameraEntry cameraOf(Place place) {
        return cameras().stream().filter(camera -> camera.places().contains(place)).findFirst().orElse(null);
    }

    /** Whether the serial port of a camera that was restarting is listed again; FX thread. */
    void restartEnded(CameraEntry camera) {
        camera.setRestarting(false);
        byPort.entrySet().removeIf(entry -> {
            boolean gone = entry.getValue() == camera
                    && watcher.ports().stream().noneMatch(port -> port.path().equals(entry.getKey()));
            if (gone) {
                groups.remove(camera);
            }
            return gone;
        });
    }

    @Override
    public void plugged(PortInfo port) {
        port.model().ifPresent(model -> Platform.runLater(() -> add(port, model)));
    }

    @Override
    public void unplugged(PortInfo port) {
        Platform.runLater(() -> {
            CameraEntry camera = byPort.get(port.path());
            if (camera != null && !camera.isRestarting()) {
                byPort.remove(port.path());
                groups.remove(camera);
            }
        });
    }

    private void add(PortInfo port, BoardModel model) {
        if (byPort.containsKey(port.path())) {
            return; // back after a hard reset
        }
        CameraEntry camera = new CameraEntry(model.name(), MaterialDesignC.CAMERA, port.summary(),
                new CameraConnection("cam@" + port.path(), () -> sources.serialPorts().open(port), sources.settings()));
        camera.useActions(actions);
        byPort.put(port.path(), camera);
        groups.add(camera);
    }

    /** True for cameras on USB: the virtual camera has no drive to expose. */
    boolean isOnUsb(CameraEntry camera) {
        return byPort.containsValue(camera);
    }

    @Override
    public String section() {
        return "Cameras";
    }

    @Override
    public String emptyHint() {
        return "Plug in a camera";
    }

    @Override
    public ObservableList<Place> places() {
        return FXCollections.emptyObservableList();
    }

    @Override
    public ObservableList<PlaceGroup> groups() {
        return groups;
    }

    /** Stops watching the ports and ends every connection: the cameras go back to their friendly REPL. */
    @Override
    public void close() throws IOException {
        watcher.close();
        IOException failure = null;
        for (PlaceGroup group : List.copyOf(groups)) {
            try {
                ((CameraEntry) group).connection().close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
