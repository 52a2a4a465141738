package io.flashdeck.app.gui.image;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Name and value rows, as info and properties dialogs show them; the values can be selected and
 * copied. Each value label gets the id {@code fact-NAME} (lower case, dashes), so tests find it.
 */
public final class FactGrid {

    private final GridPane grid = new GridPane();
    private int rows;

    public FactGrid() {
        grid.getStyleClass().add("fact-grid");
        grid.setHgap(12);
        grid.setVgap(4);
    }

    /** Adds a row; returns its value label, for values that arrive later. */
    public Label add(String name, String value) {
        Label shown = new Label(value);
        shown.setId("fact-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        shown.setWrapText(true);
        shown.setMaxWidth(520);
        grid.addRow(rows++, key(name), shown);
        return shown;
    }

    /** Adds a row whose value is a node of its own, such as a value with a button. */
    public void add(String name, Node value) {
        grid.addRow(rows++, key(name), value);
    }

    /** The name of a row, never shortened: a long value wraps instead. */
    private static Label key(String name) {
        Label key = new Label(name + ":");
        key.getStyleClass().add("fact-name");
        key.setMinWidth(Region.USE_PREF_SIZE);
        return key;
    }

    public GridPane view() {
        return grid;
    }
}
