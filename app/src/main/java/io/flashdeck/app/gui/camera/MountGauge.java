package io.flashdeck.app.gui.camera;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.volume.SpaceInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectExpression;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A mount's file system and space under its name in the sidebar: "fat · 1.4 MiB free of 2 MiB" over a used/free bar. */
final class MountGauge {

    private MountGauge() {
    }

    /** "fat · 1.4 MiB free of 2 MiB"; before the camera was reached, "not connected". */
    static String describe(SpaceInfo space) {
        if (space == null) {
            return "not connected";
        }
        return space.fileSystem() + " · " + ByteSizes.format(space.freeBytes()) + " free of "
                + ByteSizes.format(space.totalBytes());
    }

    /** The part in use, 0 to 1; 0 for an unknown or empty volume. */
    static double usedFraction(SpaceInfo space) {
        return space == null || space.totalBytes() <= 0 ? 0 : (double) space.usedBytes() / space.totalBytes();
    }

    /** A new gauge following {@code space}, which changes on the FX thread. */
    static VBox of(ObjectExpression<SpaceInfo> space) {
        Label text = new Label();
        text.getStyleClass().add("mount-space");
        text.textProperty().bind(Bindings.createStringBinding(() -> describe(space.getValue()), space));
        ProgressBar used = new ProgressBar();
        used.getStyleClass().add("mount-used");
        used.setMaxWidth(Double.MAX_VALUE);
        used.setPrefHeight(6);
        used.progressProperty().bind(Bindings.createDoubleBinding(() -> usedFraction(space.getValue()), space));
        used.visibleProperty().bind(space.isNotNull());
        used.managedProperty().bind(used.visibleProperty());
        VBox gauge = new VBox(3, text, used);
        gauge.getStyleClass().add("mount-gauge");
        Tooltip.install(gauge, new Tooltip("Used and free space, as of the last listing"));
        return gauge;
    }
}
