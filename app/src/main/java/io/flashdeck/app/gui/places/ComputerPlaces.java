package io.flashdeck.app.gui.places;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.VolumePath;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * This computer: the home folder and each file-system root. Each root is one host volume, and home
 * is a place on its root's volume, so going up from home leads on to the rest of the disk.
 */
public final class ComputerPlaces implements PlaceProvider {

    private final ObservableList<Place> places = FXCollections.observableArrayList();

    public ComputerPlaces(Path home) {
        Map<Path, SharedVolume> roots = new LinkedHashMap<>();
        for (Path root : FileSystems.getDefault().getRootDirectories()) {
            roots.put(root, new SharedVolume(() -> new HostVolume(root)));
        }
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path homeRoot = absoluteHome.getRoot();
        SharedVolume homeVolume = roots.computeIfAbsent(homeRoot, r -> new SharedVolume(() -> new HostVolume(r)));
        places.add(new Place("home", "Home", MaterialDesignH.HOME_OUTLINE, absoluteHome.toString(),
                location(homeRoot), volumePath(homeRoot.relativize(absoluteHome)), homeVolume));
        roots.forEach((root, volume) -> places.add(new Place(rootId(root), rootTitle(root),
                MaterialDesignH.HARDDISK, root.toString(), location(root), VolumePath.ROOT, volume)));
    }

    /** The id of the place that shows a file-system root, such as {@code host:/}. */
    public static String rootId(Path root) {
        return "host:" + root;
    }

    /** The root without its separator: "/a" names a path below "/", and Windows reads "C:/Users/me" below C:\. */
    private static String location(Path root) {
        String text = root.toString();
        return text.substring(0, text.length() - 1);
    }

    private static String rootTitle(Path root) {
        return root.toString().equals("/") ? "File system" : root.toString();
    }

    /** The host path below a root as a volume path. */
    public static VolumePath volumePath(Path relative) {
        VolumePath path = VolumePath.ROOT;
        for (Path name : relative) {
            if (!name.toString().isEmpty()) {
                path = path.resolve(name.toString());
            }
        }
        return path;
    }

    @Override
    public String section() {
        return "This computer";
    }

    @Override
    public ObservableList<Place> places() {
        return places;
    }
}
