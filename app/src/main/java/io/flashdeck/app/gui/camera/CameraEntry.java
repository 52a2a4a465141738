package io.flashdeck.app.gui.camera;

import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.PlaceGroup;
import io.flashdeck.app.gui.places.SharedVolume;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.agent.MountInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A camera in the sidebar: its row (name, state, the USB drive warning) and its mounts below it,
 * each a place with its file system and a used/free bar. FX thread only; the device work happens
 * in {@link CameraActions}.
 */
final class CameraEntry implements PlaceGroup {

    private final String title;
    private final Ikon icon;
    private final String description;
    private final CameraConnection connection;
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<SpaceInfo>> spaces = new LinkedHashMap<>();
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final StringProperty usbWarning = new SimpleStringProperty(this, "usbWarning", "");
    private CameraActions actions;
    private boolean restarting;

    /** @param description for the tooltip, such as the serial port and USB id */
    CameraEntry(String title, Ikon icon, String description, CameraConnection connection) {
        this.title = title;
        this.icon = icon;
        this.description = description;
        this.connection = connection;
    }

    CameraConnection connection() {
        return connection;
    }

    void useActions(CameraActions cameraActions) {
        this.actions = cameraActions;
    }

    /** Lists the mounts the camera reported, with their space; places already made are kept. */
    void showMounts(List<MountInfo> mounts) {
        for (MountInfo mount : mounts) {
            space(mount.path()).set(new SpaceInfo(mount.fileSystem(), mount.totalBytes(), mount.freeBytes(),
                    mount.blockSize()));
        }
        List<Place> now = mounts.stream().map(mount -> place(mount.path()).orElseGet(() -> newPlace(mount.path())))
                .toList();
        if (!now.equals(places)) {
            places.setAll(now);
        }
    }

    /** Shows {@code mountPaths} before the camera was reached, such as the virtual camera's two. */
    void expectMounts(List<String> mountPaths) {
        places.setAll(mountPaths.stream().map(this::newPlace).toList());
    }

    /** A pane listed {@code place} and learned its space. */
    void updateSpace(Place place, SpaceInfo space) {
        if (places.contains(place) && space != null) {
            space(mountPath(place)).set(space);
        }
    }

    Optional<Place> place(String mountPath) {
        return places.stream().filter(place -> mountPath(place).equals(mountPath)).findFirst();
    }

    String mountPath(Place place) {
        return place.id().substring(place.id().lastIndexOf(':') + 1);
    }

    /** "ejected", "restarting…"; empty when connected or not yet used. */
    StringProperty stateProperty() {
        return state;
    }

    /** Why writing to the camera is dangerous now (its drive is mounted on this computer); empty when it is not. */
    StringProperty usbWarningProperty() {
        return usbWarning;
    }

    /** A camera restarting leaves the port list for a moment; it keeps its entry meanwhile. */
    boolean isRestarting() {
        return restarting;
    }

    void setRestarting(boolean now) {
        restarting = now;
    }

    private Place newPlace(String mountPath) {
        String where = connection.name() + ":" + mountPath;
        return new Place(where, mountPath, mountIcon(mountPath), title + ": " + mountPath, where, VolumePath.ROOT,
                new SharedVolume(() -> new MountVolume(connection, mountPath, where)));
    }

    private static Ikon mountIcon(String mountPath) {
        return switch (mountPath) {
            case "/flash", "/" -> MaterialDesignM.MEMORY;
            case "/sdcard" -> MaterialDesignS.SD;
            default -> MaterialDesignF.FOLDER_OUTLINE;
        };
    }

    private ObjectProperty<SpaceInfo> space(String mountPath) {
        return spaces.computeIfAbsent(mountPath, path -> new SimpleObjectProperty<>(this, "space"));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ObservableList<Place> places() {
        return places;
    }

    @Override
    public void activate() {
        if (actions != null) {
            actions.connect(this);
        }
    }

    @Override
    public List<MenuItem> actions() {
        return actions == null ? List.of() : actions.cameraMenu(this);
    }

    @Override
    public List<MenuItem> actions(Place place) {
        return actions == null ? List.of() : actions.mountMenu(this, mountPath(place));
    }

    @Override
    public Node badge() {
        Label stateLabel = new Label();
        stateLabel.getStyleClass().add("camera-state");
        stateLabel.textProperty().bind(state);
        FontIcon warning = new FontIcon(MaterialDesignA.ALERT);
        warning.getStyleClass().add("usb-warning");
        warning.visibleProperty().bind(usbWarning.isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(usbWarning);
        Tooltip.install(warning, tip);
        return new HBox(4, stateLabel, warning);
    }

    @Override
    public Node details(Place place) {
        return MountGauge.of(space(mountPath(place)));
    }
}
