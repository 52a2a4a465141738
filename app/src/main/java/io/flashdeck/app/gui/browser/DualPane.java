package io.flashdeck.app.gui.browser;

import io.flashdeck.core.volume.Volume;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The two file panes. The active one is the one last clicked or focused: the sidebar opens places
 * there and the toolbar acts on it; the other one is where copies go.
 */
public final class DualPane {

    private final FilePaneView left;
    private final FilePaneView right;
    private final ReadOnlyObjectWrapper<FilePaneView> active = new ReadOnlyObjectWrapper<>(this, "active");

    public DualPane(FilePaneView left, FilePaneView right) {
        this.left = left;
        this.right = right;
        for (FilePaneView pane : panes()) {
            pane.table().focusedProperty().addListener((observable, was, focused) -> {
                if (focused) {
                    activate(pane);
                }
            });
        }
        activate(left);
    }

    public void activate(FilePaneView pane) {
        active.set(pane);
        panes().forEach(p -> p.setActive(p == pane));
    }

    public FilePaneView left() {
        return left;
    }

    public FilePaneView right() {
        return right;
    }

    public List<FilePaneView> panes() {
        return List.of(left, right);
    }

    public FilePaneView other(FilePaneView pane) {
        return pane == left ? right : left;
    }

    public FilePaneView active() {
        return active.get();
    }

    public ReadOnlyObjectProperty<FilePaneView> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Lists again every pane that shows a directory of {@code volume}: after a change, both may need it. */
    public void refreshShowing(Volume volume) {
        panes().forEach(pane -> pane.model().refreshIfShowing(volume));
    }

    /** After {@code pane} changed its volume: it lists again selecting {@code select}, the other one if it shows that volume. */
    public void refreshAfterChange(FilePaneView pane, Volume volume, String select) {
        pane.model().refresh(select);
        other(pane).model().refreshIfShowing(volume);
    }
}
