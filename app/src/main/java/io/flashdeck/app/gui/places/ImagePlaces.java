package io.flashdeck.app.gui.places;

import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.icons.DeviceIcon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuItem;

/**
 * Disk images: the ones opened lately, most recent first, remembered across runs. A place exists
 * for an image from its first use on, so the image keeps one volume however often it is opened.
 */
public final class ImagePlaces implements PlaceProvider {

    /** How many recent images the sidebar lists. */
    public static final int REMEMBERED = 10;

    private static final String ID_PREFIX = "image:";

    private final ImageVolumeProvider images;
    private final ObservableList<Place> recent = FXCollections.observableArrayList();
    private final Map<Path, Place> known = new ConcurrentHashMap<>();
    private Function<Place, List<MenuItem>> actions = place -> List.of();

    /**
     * @param images     opens an image's FAT volume
     * @param remembered recent images from the settings; those no longer there are left out
     */
    public ImagePlaces(ImageVolumeProvider images, List<Path> remembered) {
        this.images = images;
        remembered.stream().filter(Files::isRegularFile).limit(REMEMBERED).map(this::placeFor).forEach(recent::add);
    }

    /** Gives each image's context menu the image tools; FX thread. */
    public void useActions(Function<Place, List<MenuItem>> imageActions) {
        actions = imageActions;
    }

    @Override
    public List<MenuItem> actions(Place place) {
        return actions.apply(place);
    }

    /**
     * The place of an image file, made now if this is its first use; not listed until
     * {@link #remember}ed. Any thread: the opener resolves links on a worker first, so that one
     * file reached by two names still gets one volume.
     */
    public Place placeFor(Path image) {
        Path file = image.toAbsolutePath().normalize();
        return known.computeIfAbsent(file, f -> new Place(ID_PREFIX + f, f.getFileName().toString(),
                DeviceIcon.DISK_IMAGE, f.toString(), f + ":", VolumePath.ROOT,
                new SharedVolume(() -> images.open(f, null, false))));
    }

    /** Lists {@code place} first among the recent images; FX thread. */
    public void remember(Place place) {
        recent.remove(place);
        recent.add(0, place);
        if (recent.size() > REMEMBERED) {
            recent.remove(REMEMBERED, recent.size());
        }
    }

    /** Image files of the recent places, most recent first, for the settings. */
    public List<Path> recentFiles() {
        return recent.stream().map(place -> imageFile(place).orElseThrow()).toList();
    }

    /** The image file {@code place} shows, or empty when it is no image (a folder, a camera). */
    public static Optional<Path> imageFile(Place place) {
        return place.id().startsWith(ID_PREFIX) ? Optional.of(Path.of(place.id().substring(ID_PREFIX.length())))
                : Optional.empty();
    }

    /** Every image place made in this run, listed or not: all of them are closed at the end. */
    public List<Place> all() {
        return List.copyOf(known.values());
    }

    @Override
    public String section() {
        return "Images";
    }

    @Override
    public String emptyHint() {
        return "Open or drop an .img file";
    }

    @Override
    public ObservableList<Place> places() {
        return recent;
    }

    @Override
    public boolean canForget(Place place) {
        return recent.contains(place);
    }

    @Override
    public void forget(Place place) {
        recent.remove(place);
    }
}
