package io.flashdeck.app.gui.camera;

import io.flashdeck.app.gui.browser.DualPane;
import io.flashdeck.app.gui.browser.Listing;
import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.task.BackgroundTasks;
import javafx.stage.Window;

/**
 * What the camera actions use of the main window: its worker threads, its notifications, the
 * owner of their dialogs, and the panes, which list a camera's mounts again after it changed.
 */
public record CameraWindow(Window owner, BackgroundTasks tasks, Notifier notifier, DualPane panes) {

    /** Lists again every pane that shows one of {@code camera}'s mounts. */
    void refreshPanesOf(CameraEntry camera) {
        panes.panes().forEach(pane -> {
            Listing listing = pane.model().listing();
            if (listing != null && camera.places().contains(listing.place())) {
                pane.model().refresh();
            }
        });
    }
}
