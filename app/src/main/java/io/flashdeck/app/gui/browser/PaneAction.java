package io.flashdeck.app.gui.browser;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * Something the user can do in a pane, reachable by key, context menu and toolbar alike.
 *
 * @param id       a short name, for node ids ({@code action-rename})
 * @param key      the shortcut while the pane's table has the keyboard
 * @param inMenu   listed in the context menu
 * @param possible whether it can run in that pane now (a selection, a writable volume...)
 */
public record PaneAction(String id, String label, Ikon icon, KeyCombination key, boolean inMenu,
        Consumer<FilePaneView> run, Predicate<FilePaneView> possible) {

    /** Runs it in {@code pane} when possible there; reports whether it ran. */
    public boolean runIn(FilePaneView pane) {
        if (!possible.test(pane)) {
            return false;
        }
        run.accept(pane);
        return true;
    }
}
