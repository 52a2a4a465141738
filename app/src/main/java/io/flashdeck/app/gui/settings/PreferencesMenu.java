package io.flashdeck.app.gui.settings;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The toolbar's preferences: the questions a user may turn off, and on again. */
public final class PreferencesMenu {

    private PreferencesMenu() {
    }

    public static MenuButton of(Questions questions) {
        CheckMenuItem askBeforeDelete = new CheckMenuItem("Ask before deleting");
        askBeforeDelete.setId("preference-ask-before-delete");
        askBeforeDelete.selectedProperty().bindBidirectional(questions.beforeDeleteProperty());
        MenuButton menu = new MenuButton(null, new FontIcon(MaterialDesignC.COG_OUTLINE), askBeforeDelete);
        menu.setId("action-preferences");
        menu.getStyleClass().add("tool");
        menu.setTooltip(new Tooltip("Preferences"));
        menu.setAccessibleText("Preferences");
        menu.setFocusTraversable(false);
        return menu;
    }
}
