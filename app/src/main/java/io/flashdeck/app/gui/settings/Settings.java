package io.flashdeck.app.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.flashdeck.app.gui.theme.Theme;
import java.util.List;

/**
 * What the window remembers between runs. Stored as JSON; unknown fields are ignored and missing
 * ones take their defaults, so older and newer versions read each other's files.
 *
 * @param window       size and position, or null for the first run
 * @param dividers     the split positions: sidebar | left pane | right pane
 * @param panes        the place and directory of each pane, left first
 * @param recentImages image files opened lately, most recent first
 * @param theme        light or dark
 * @param confirmations which questions the user still wants asked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(WindowBounds window, List<Double> dividers, List<PaneLocation> panes,
        List<String> recentImages, Theme theme, Confirmations confirmations) {

    public static final List<Double> DEFAULT_DIVIDERS = List.of(0.2, 0.6);

    public Settings {
        dividers = dividers == null || dividers.size() != 2 ? DEFAULT_DIVIDERS : List.copyOf(dividers);
        panes = panes == null ? List.of() : List.copyOf(panes);
        recentImages = recentImages == null ? List.of() : List.copyOf(recentImages);
        theme = theme == null ? Theme.LIGHT : theme;
        confirmations = confirmations == null ? Confirmations.ALL : confirmations;
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, dividers, panes, recentImages, newTheme, confirmations);
    }

    /**
     * Where a window was; {@code maximized} keeps the size it returns to.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * Questions the user may turn off. Erasing a camera's mount or repairing an image always asks:
     * those cannot be turned off. A missing field (an older file) asks.
     *
     * @param delete ask before deleting files and folders
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Confirmations(Boolean delete) {

        public static final Confirmations ALL = new Confirmations(true);

        public Confirmations {
            delete = delete == null || delete;
        }
    }

    /**
     * @param place the place's id ({@code home}, {@code image:/x.img})
     * @param path  the directory within it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaneLocation(String place, String path) {
    }
}
