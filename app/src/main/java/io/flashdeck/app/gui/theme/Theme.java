package io.flashdeck.app.gui.theme;

import java.util.List;
import java.util.Objects;

/** The window's colours: each theme is a small style sheet over the shared one. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String sheet;

    Theme(String sheet) {
        this.sheet = sheet;
    }

    /** The style sheets, shared one first, as resource URLs. */
    public List<String> styleSheets() {
        return List.of(url("base.css"), url(sheet));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
