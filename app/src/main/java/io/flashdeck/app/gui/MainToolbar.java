package io.flashdeck.app.gui;

import io.flashdeck.app.gui.browser.DualPane;
import io.flashdeck.app.gui.browser.PaneActions;
import io.flashdeck.app.gui.browser.PaneToolbar;
import io.flashdeck.app.gui.image.ImageMenu;
import io.flashdeck.app.gui.settings.PreferencesMenu;
import io.flashdeck.app.gui.settings.Questions;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The main window's toolbar: images on the left, the active pane's actions, preferences and theme on the right. */
final class MainToolbar {

    private MainToolbar() {
    }

    static ToolBar of(DualPane panes, PaneActions actions, ImageMenu imageMenu, Runnable chooseImage,
            Questions questions, Runnable switchTheme) {
        Button open = new Button("Open image…", new FontIcon(MaterialDesignH.HARDDISK_PLUS));
        open.setId("action-open-image");
        open.setTooltip(new Tooltip("Open a disk image (Ctrl+O); or drop one on the window"));
        open.setFocusTraversable(false);
        open.setOnAction(e -> chooseImage.run());
        PaneToolbar paneTools = new PaneToolbar(panes, actions,
                List.of("new-folder", "rename", "delete", "copy", "refresh"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button themeToggle = new Button(null, new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        themeToggle.setId("action-theme");
        themeToggle.getStyleClass().add("tool");
        themeToggle.setTooltip(new Tooltip("Light or dark"));
        themeToggle.setAccessibleText("Switch between light and dark");
        themeToggle.setFocusTraversable(false);
        themeToggle.setOnAction(e -> switchTheme.run());
        ToolBar toolbar = new ToolBar(open, imageMenu.button(), new Separator());
        toolbar.getItems().addAll(paneTools.buttons());
        toolbar.getItems().addAll(gap, PreferencesMenu.of(questions), themeToggle);
        toolbar.setId("toolbar");
        return toolbar;
    }
}
