package io.flashdeck.app.gui;

import io.flashdeck.app.gui.settings.Settings;
import io.flashdeck.app.gui.settings.Settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window and its dividers where the settings say, and reads them back when it closes. */
final class WindowLayout {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 720;

    private WindowLayout() {
    }

    static void restore(Stage stage, SplitPane split, Settings settings) {
        WindowBounds bounds = settings.window();
        if (bounds != null && onSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            // First run, or the screen it was on is gone: a usual size, centred.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        List<Double> dividers = settings.dividers();
        split.setDividerPositions(dividers.get(0), dividers.get(1));
    }

    /** The bounds to save; a maximized window keeps the size it had before. */
    static WindowBounds bounds(Stage stage, WindowBounds before) {
        if (stage.isMaximized() && before != null) {
            return new WindowBounds(before.x(), before.y(), before.width(), before.height(), true);
        }
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    static List<Double> dividers(SplitPane split) {
        double[] positions = split.getDividerPositions();
        return List.of(positions[0], positions[1]);
    }

    private static boolean onSomeScreen(WindowBounds bounds) {
        return bounds.width() >= 200 && bounds.height() >= 150
                && !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty();
    }
}
