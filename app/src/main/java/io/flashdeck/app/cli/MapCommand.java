package io.flashdeck.app.cli;

import io.flashdeck.app.image.ClusterPalette;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.check.ClusterMap;
import io.flashdeck.core.fat.check.ClusterState;
import io.flashdeck.core.image.DiskImage;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Draws the cluster map of an image's FAT volume as a PNG: one square per cell (a run of clusters,
 * coloured by the state most of them are in) row by row, and a legend strip below.
 */
final class MapCommand extends ImageCommand {

    static final String NAME = "map";

    /** The colour of each state, in the picture and its legend. */
    static final Map<ClusterState, Color> COLOURS = new EnumMap<>(ClusterState.class);

    static {
        for (ClusterState state : ClusterState.values()) {
            COLOURS.put(state, new Color(ClusterPalette.rgb(state)));
        }
    }

    /** Side of one cell in pixels. */
    static final int CELL = 4;
    private static final int MIN_WIDTH = 64;
    private static final int MAX_WIDTH = 8192;
    /** Enough for any picture worth looking at, few enough to keep the map's memory small. */
    private static final int MAX_CELLS = 1 << 18;
    private static final int SWATCH = 10;
    private static final int LEGEND_LINE = 16;

    private final Declared<Path> png;
    private final Declared<Integer> width;

    MapCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "map", NAME,
                "Draw the cluster map of a FAT volume (free, file, directory, lost, bad...) as a PNG.");
        png = declaration.add(OptionSpec.builder("--png").type(Path.class).required(true).paramLabel("OUT.png")
                .description("The picture to write."));
        width = declaration.add(OptionSpec.builder("--width").type(int.class).defaultValue("512").paramLabel("W")
                .description("Width in pixels (" + MIN_WIDTH + " to " + MAX_WIDTH + ", default ${DEFAULT-VALUE})."));
    }

    @Override
    void apply(ImageArgument argument) throws IOException {
        if (operands.value().size() != 1) {
            throw usageError("map draws one image at a time");
        }
        if (width.value() < MIN_WIDTH || width.value() > MAX_WIDTH) {
            throw usageError("--width must be " + MIN_WIDTH + " to " + MAX_WIDTH);
        }
        int columns = width.value() / CELL;
        ClusterMap map;
        try (DiskImage image = DiskImage.open(argument.image(), true)) {
            FatFileSystem fs = FatFileSystem.open(image.locate(argument.partition()).device(), true);
            map = ClusterMap.build(fs, Math.min(columns * columns, MAX_CELLS));
        }
        BufferedImage picture = draw(map, columns);
        Path target = flashdeck.environment().workingDirectory().resolve(png.value());
        if (!ImageIO.write(picture, "png", target.toFile())) {
            throw new IOException("no PNG writer is available");
        }
        out().println(summary(map, picture));
    }

    private BufferedImage draw(ClusterMap map, int columns) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        int rows = (map.cells().size() + columns - 1) / columns;
        BufferedImage measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        int legendHeight = legend(measure.createGraphics(), 0, false);
        BufferedImage picture = new BufferedImage(width.value(), rows * CELL + legendHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        for (int i = 0; i < map.cells().size(); i++) {
            g.setColor(COLOURS.get(map.cells().get(i).dominant()));
            g.fillRect(i % columns * CELL, i / columns * CELL, CELL, CELL);
        }
        legend(g, rows * CELL, true);
        g.dispose();
        return picture;
    }

    /** Lays out (and, when {@code paint}, paints) the legend from {@code top} on; returns its height. */
    private int legend(Graphics2D g, int top, boolean paint) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics metrics = g.getFontMetrics();
        int x = 2;
        int line = 0;
        for (ClusterState state : ClusterState.values()) {
            String name = ClusterPalette.name(state);
            int entryWidth = SWATCH + 4 + metrics.stringWidth(name) + 10;
            if (x > 2 && x + entryWidth > width.value()) {
                x = 2;
                line++;
            }
            int y = top + 3 + line * LEGEND_LINE;
            if (paint) {
                g.setColor(COLOURS.get(state));
                g.fillRect(x, y, SWATCH, SWATCH);
                g.setColor(Color.BLACK);
                g.drawString(name, x + SWATCH + 4, y + SWATCH);
            }
            x += entryWidth;
        }
        return (line + 1) * LEGEND_LINE + 4;
    }

    private String summary(ClusterMap map, BufferedImage picture) {
        long clusters = map.clusterCount();
        StringBuilder states = new StringBuilder();
        for (ClusterState state : ClusterState.values()) {
            long count = map.total(state);
            if (count > 0) {
                states.append(states.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f%% %s",
                        100.0 * count / clusters, ClusterPalette.name(state)));
            }
        }
        return String.format(Locale.ROOT, "%s: %d x %d px, %d cells of %d cluster%s for %d clusters: %s", png.value(),
                picture.getWidth(), picture.getHeight(), map.cells().size(), map.clustersPerCell(),
                map.clustersPerCell() == 1 ? "" : "s", clusters, states);
    }
}
