package io.flashdeck.app.gui.places;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;

/**
 * A device in the sidebar that holds places, such as a camera and its mounts: a row of its own,
 * with its own actions, and its places below it. The places may change (a camera lists its
 * mounts once connected); everything here is used on the FX thread.
 */
public interface PlaceGroup {

    String title();

    Ikon icon();

    /** For the row's tooltip, such as the serial port. */
    String description();

    ObservableList<Place> places();

    /** The row was clicked or Enter pressed on it, such as to connect and list the mounts. */
    default void activate() {
    }

    /** The row's context menu. */
    List<MenuItem> actions();

    /** More context menu entries for one of its places, after the ones every place has. */
    default List<MenuItem> actions(Place place) {
        return List.of();
    }

    /** A new node beside the title, such as a state or a warning; null for none. */
    default Node badge() {
        return null;
    }

    /** A new node under a place's title, such as its file system and a used/free bar; null for none. */
    default Node details(Place place) {
        return null;
    }
}
