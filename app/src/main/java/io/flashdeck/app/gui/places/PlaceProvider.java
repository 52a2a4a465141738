package io.flashdeck.app.gui.places;

import java.io.IOException;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuItem;

/**
 * One section of the sidebar: this computer, cameras, images. Cameras come and go, so the list is
 * live; it changes on the FX thread only. A new kind of place is one more provider; devices that
 * hold several places (cameras) are its groups.
 */
public interface PlaceProvider {

    /** The section's title in the sidebar. */
    String section();

    /** Shown in the section when it has no places. */
    default String emptyHint() {
        return "";
    }

    /** The places listed directly in the section. */
    ObservableList<Place> places();

    /** Devices listed after the places, each with places of its own (a camera and its mounts). */
    default ObservableList<PlaceGroup> groups() {
        return FXCollections.emptyObservableList();
    }

    /** Whether the user may remove {@code place} from the sidebar. */
    default boolean canForget(Place place) {
        return false;
    }

    /** Removes {@code place} from the sidebar; its volume stays usable until the app closes. */
    default void forget(Place place) {
        throw new UnsupportedOperationException(section() + " keeps its places");
    }

    /** What the place's context menu offers beyond opening it (an image's info, check, map). */
    default List<MenuItem> actions(Place place) {
        return List.of();
    }

    /**
     * Releases what the section holds beyond its volumes (a port watcher, camera connections) when
     * the app closes; after the volumes were closed, on a worker thread.
     */
    default void close() throws IOException {
    }
}
