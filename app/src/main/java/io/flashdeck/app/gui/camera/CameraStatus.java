package io.flashdeck.app.gui.camera;

import javafx.scene.control.Label;

/** What the camera actions are doing, in the status bar: "Hard reset of OpenMV Cam H7: waiting for it to come back…". */
final class CameraStatus {

    private final Label label = new Label();

    CameraStatus() {
        label.setId("camera-status");
        label.getStyleClass().add("camera-status");
    }

    /** FX thread. */
    void show(String text) {
        label.setText(text);
    }

    String text() {
        return label.getText();
    }

    Label view() {
        return label;
    }
}
