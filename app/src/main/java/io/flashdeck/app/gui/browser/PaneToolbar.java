package io.flashdeck.app.gui.browser;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Toolbar buttons for pane actions; they act on the active pane and are enabled when the action
 * is possible there. They never take the keyboard from the table.
 */
public final class PaneToolbar {

    private final DualPane panes;
    private final List<Button> buttons = new ArrayList<>();
    private final List<PaneAction> actions = new ArrayList<>();

    public PaneToolbar(DualPane panes, PaneActions paneActions, List<String> ids) {
        this.panes = panes;
        for (String id : ids) {
            PaneAction action = paneActions.get(id);
            Button button = new Button(null, new FontIcon(action.icon()));
            button.setId("action-" + id);
            button.getStyleClass().add("tool");
            String label = action.label().replace("…", "");
            button.setTooltip(new Tooltip(label + " (" + action.key().getDisplayText() + ")"));
            button.setAccessibleText(label);
            button.setFocusTraversable(false);
            button.setOnAction(e -> action.runIn(panes.active()));
            buttons.add(button);
            actions.add(action);
        }
        for (FilePaneView pane : panes.panes()) {
            pane.table().getSelectionModel().getSelectedItems()
                    .addListener((ListChangeListener<Object>) change -> update());
            pane.model().listingProperty().addListener((observable, before, now) -> update());
        }
        panes.activeProperty().addListener((observable, before, now) -> update());
        update();
    }

    public List<Button> buttons() {
        return buttons;
    }

    private void update() {
        FilePaneView pane = panes.active();
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setDisable(pane == null || !actions.get(i).possible().test(pane));
        }
    }
}
