package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.browser.DualPane;
import io.flashdeck.app.gui.browser.Listing;
import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.places.ImagePlaces;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Window;

/**
 * What the image tools work with: the panes (the active one names the image), workers for the
 * disk work, the notifier, the opener for new images, and whether a copy is running.
 *
 * @param transferring true while a copy runs; a repair must not rewrite an image under it
 */
public record ImageContext(DualPane panes, BackgroundTasks tasks, Notifier notifier, ImageOpener opener,
        ObservableBooleanValue transferring) {

    /** An image shown in a pane: its place and its file. */
    public record ShownImage(Place place, Path file) {

        public String name() {
            return String.valueOf(file.getFileName());
        }
    }

    /** The image the active pane shows, if it shows one. */
    public Optional<ShownImage> activeImage() {
        Listing listing = panes.active().model().listing();
        if (listing == null) {
            return Optional.empty();
        }
        return ImagePlaces.imageFile(listing.place()).map(file -> new ShownImage(listing.place(), file));
    }

    /** The main window, owner of the dialogs. */
    public Window window() {
        return panes.left().getScene().getWindow();
    }

    /** Lists again every pane that shows {@code place}: after a repair its volume was opened afresh. */
    public void refreshShowing(Place place) {
        panes.panes().stream().filter(pane -> pane.model().listing() != null
                && pane.model().listing().place().equals(place)).forEach(pane -> pane.model().refresh());
    }
}
