package io.flashdeck.app.gui.camera;

import io.flashdeck.app.gui.browser.FilePaneView;
import io.flashdeck.app.gui.browser.FolderChooser;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.app.gui.places.Places;
import org.controlsfx.control.StatusBar;

/**
 * Plugs the cameras into the main window: their actions (context menus in the sidebar), a line in
 * the status bar, and the used/free bars kept current from what the panes list.
 */
public final class CameraFeature {

    private final CameraStatus status = new CameraStatus();
    private final CameraPlaces cameras;
    private FolderChooser folders = FolderChooser.system();

    private CameraFeature(CameraPlaces cameras, CameraWindow window) {
        this.cameras = cameras;
        if (cameras != null) {
            cameras.useActions(new CameraActions(cameras, window, status, cameras.hostDrives(),
                    (owner, title, start) -> folders.choose(owner, title, start)));
            window.panes().panes().forEach(this::followSpace);
        }
    }

    /** Gives the cameras among {@code places} (if any) their actions, and the status bar its camera line. */
    public static CameraFeature install(Places places, CameraWindow window, StatusBar statusBar) {
        CameraPlaces cameras = null;
        for (PlaceProvider provider : places.providers()) {
            if (provider instanceof CameraPlaces found) {
                cameras = found;
            }
        }
        CameraFeature feature = new CameraFeature(cameras, window);
        statusBar.getLeftItems().add(feature.status.view());
        return feature;
    }

    /** A listing of a camera's mount brings its space; the camera is connected again if it was ejected. */
    private void followSpace(FilePaneView pane) {
        pane.model().listingProperty().addListener((observable, before, listing) -> {
            CameraEntry camera = listing == null ? null : cameras.cameraOf(listing.place());
            if (camera != null) {
                camera.updateSpace(listing.place(), listing.space());
                if (camera.connection().isConnected() && !camera.isRestarting()) {
                    camera.stateProperty().set("");
                }
            }
        });
    }

    /** Where backups go from now on: tests give a folder without the system's dialog. */
    public void chooseBackupFoldersWith(FolderChooser chooser) {
        this.folders = chooser;
    }

    /** What the status bar says about the cameras. */
    public String statusText() {
        return status.text();
    }
}
