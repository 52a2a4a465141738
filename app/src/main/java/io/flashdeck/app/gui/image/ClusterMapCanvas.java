package io.flashdeck.app.gui.image;

import io.flashdeck.app.image.ClusterPalette;
import io.flashdeck.core.fat.check.ClusterMap;
import io.flashdeck.core.fat.check.ClusterState;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A cluster map drawn on a canvas: one square per cell, row by row, coloured by the state most of
 * its clusters are in. The squares are as large as the area allows, so the map fills the region
 * and is drawn again when it is resized; {@link #cellAt} tells which cell a point shows.
 */
public final class ClusterMapCanvas extends Region {

    private final ClusterMap map;
    private final Canvas canvas = new Canvas();
    private int side = 1;
    private int columns = 1;

    ClusterMapCanvas(ClusterMap map) {
        this.map = map;
        getStyleClass().add("cluster-map");
        getChildren().add(canvas);
        setPrefSize(640, 360);
        setMinSize(64, 64);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    /** Picks the largest square side at which every cell fits into the area, then paints. */
    private void draw() {
        int width = (int) getWidth();
        int height = (int) getHeight();
        int cells = map.cells().size();
        side = Math.max(1, (int) Math.sqrt((double) width * height / cells));
        while (side > 1 && (long) Math.max(1, width / side) * (height / side) < cells) {
            side--;
        }
        columns = Math.max(1, width / side);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int gap = side >= 4 ? 1 : 0; // a hairline between larger squares keeps them apart
        for (int i = 0; i < cells; i++) {
            g.setFill(colour(map.cells().get(i).dominant()));
            g.fillRect(i % columns * side, i / columns * side, side - gap, side - gap);
        }
    }

    /** The map drawn. */
    public ClusterMap map() {
        return map;
    }

    static Color colour(ClusterState state) {
        int rgb = ClusterPalette.rgb(state);
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** The cell drawn at {@code (x, y)} of this region, if any. */
    public Optional<ClusterMap.Cell> cellAt(double x, double y) {
        if (x < 0 || y < 0 || x >= columns * side) {
            return Optional.empty();
        }
        long index = (long) (y / side) * columns + (long) (x / side);
        return index < map.cells().size() ? Optional.of(map.cells().get((int) index)) : Optional.empty();
    }

    /** The middle of the square of cell {@code index}, in this region's coordinates. */
    public Point2D centreOf(int index) {
        return new Point2D(index % columns * side + side / 2.0, index / columns * side + side / 2.0);
    }
}
