package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.browser.Dialogs;
import io.flashdeck.app.image.ClusterPalette;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.check.ClusterMap;
import io.flashdeck.core.fat.check.ClusterState;
import io.flashdeck.core.image.DiskImage;
import java.io.IOException;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

/**
 * Cluster map… for an image: the map is built on a worker (one walk of the tree, one read of the
 * table), then drawn in a resizable dialog with a legend of counts; pointing at a square names its
 * clusters and the file or directory owning them.
 */
record ClusterMapDialog(ImageContext context, ImageContext.ShownImage image) {

    /** Cells the map is built with: enough for a full-screen map, little memory for any volume. */
    static final int MAX_CELLS = 1 << 14;

    void show() {
        context.tasks().run(this::build, this::show, e -> context.notifier().failed("map", image.name(), null, e));
    }

    private ClusterMap build() throws IOException {
        image.place().volume().get().flush();
        try (DiskImage disk = DiskImage.open(image.file(), true)) {
            return ClusterMap.build(FatFileSystem.open(disk.locate(null).device(), true), MAX_CELLS);
        }
    }

    private void show(ClusterMap map) {
        ClusterMapCanvas canvas = new ClusterMapCanvas(map);
        canvas.setId("cluster-map");
        Label hover = new Label(pointHint(map));
        hover.setId("map-hover");
        canvas.setOnMouseMoved(event -> hover.setText(canvas.cellAt(event.getX(), event.getY())
                .map(ClusterMapDialog::describe).orElse(pointHint(map))));
        canvas.setOnMouseExited(event -> hover.setText(pointHint(map)));

        BorderPane content = new BorderPane(canvas);
        content.setTop(hover);
        content.setBottom(legend(map));
        BorderPane.setMargin(hover, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(content.getBottom(), new Insets(8, 0, 0, 0));

        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, context.window(), "Cluster map", "Cluster map of " + image.name());
        dialog.getDialogPane().setId("cluster-map-dialog");
        ImageStyles.addTo(dialog);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }

    private static String pointHint(ClusterMap map) {
        return String.format("%,d clusters, %,d per square. Point at a square to see what owns it.",
                map.clusterCount(), map.clustersPerCell());
    }

    /** "Clusters 130–137: file, /DCIM/IMG_0001.JPG" */
    static String describe(ClusterMap.Cell cell) {
        String range = cell.firstCluster() == cell.lastCluster() ? "Cluster " + cell.firstCluster()
                : "Clusters " + cell.firstCluster() + "–" + cell.lastCluster();
        return range + ": " + ClusterPalette.name(cell.dominant()) + cell.owner().map(owner -> ", " + owner).orElse("");
    }

    /** A swatch and the count of every state the volume has, and of free, file, directory and lost always. */
    private static FlowPane legend(ClusterMap map) {
        FlowPane legend = new FlowPane(14, 4);
        legend.setId("map-legend");
        for (ClusterState state : ClusterState.values()) {
            long count = map.total(state);
            if (count == 0 && state.ordinal() > ClusterState.LOST.ordinal()) {
                continue;
            }
            Label entry = new Label(String.format(Locale.ROOT, "%s %,d (%.1f%%)", ClusterPalette.name(state), count,
                    100.0 * count / Math.max(1, map.clusterCount())), new Rectangle(12, 12,
                    ClusterMapCanvas.colour(state)));
            entry.setId("legend-" + ClusterPalette.name(state));
            legend.getChildren().add(entry);
        }
        return legend;
    }
}
