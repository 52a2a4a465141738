package io.flashdeck.app.gui.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The pane actions and their keys: Enter opens (a folder, or a text file in the editor), F4 edits
 * any file, Backspace goes up, F2 renames, Delete deletes, F5 copies to the other pane,
 * Ctrl+Shift+D downloads to a chosen folder, Ctrl+Shift+N makes a folder, Ctrl+R lists again
 * (Ctrl+A is the table's own).
 */
public final class PaneActions {

    private final DualPane panes;
    private final List<PaneAction> actions;

    public PaneActions(DualPane panes, FileCommands commands, PaneCopies copies, FileEditor editor) {
        this.panes = panes;
        Predicate<FilePaneView> shown = pane -> pane.model().listing() != null;
        Predicate<FilePaneView> writable = shown.and(pane -> !pane.model().listing().volume().isReadOnly());
        Predicate<FilePaneView> selection = pane -> !pane.selectedEntries().isEmpty();
        Predicate<FilePaneView> one = pane -> pane.selectedEntries().size() == 1;
        Predicate<FilePaneView> oneFile = shown.and(one).and(pane -> pane.selectedEntries().get(0).isFile());
        Consumer<FilePaneView> edit = pane -> editor.edit(pane.model().listing().place(),
                pane.model().listing().volume(), pane.selectedEntries().get(0));
        Consumer<FilePaneView> enterOrEdit = pane -> {
            if (pane.selectedEntries().get(0).isDirectory()) {
                commands.open(pane);
            } else {
                edit.accept(pane);
            }
        };
        Predicate<FilePaneView> targetWritable = pane -> writable.test(panes.other(pane));
        actions = List.of(
                new PaneAction("open", "Open", MaterialDesignF.FOLDER_OPEN_OUTLINE, key(KeyCode.ENTER), true,
                        enterOrEdit,
                        one.and(pane -> pane.selectedEntries().get(0).isDirectory()
                                || editor.opensOnEnter(pane.selectedEntries().get(0)))),
                new PaneAction("edit", "Edit", MaterialDesignP.PENCIL_OUTLINE, key(KeyCode.F4), true, edit, oneFile),
                new PaneAction("up", "Up", MaterialDesignA.ARROW_UP, key(KeyCode.BACK_SPACE), false,
                        pane -> pane.model().up(), shown.and(pane -> !pane.model().listing().directory().isRoot())),
                new PaneAction("copy", "Copy to other pane", MaterialDesignC.CONTENT_COPY, key(KeyCode.F5), true,
                        copies::copyToOther, shown.and(selection).and(targetWritable)),
                new PaneAction("download", "Download to…", MaterialDesignD.DOWNLOAD_OUTLINE,
                        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        true, copies::downloadTo, shown.and(selection)),
                new PaneAction("rename", "Rename…", MaterialDesignR.RENAME_BOX, key(KeyCode.F2), true,
                        commands::rename, writable.and(one)),
                new PaneAction("delete", "Delete…", MaterialDesignD.DELETE_OUTLINE, key(KeyCode.DELETE), true,
                        commands::delete, writable.and(selection)),
                new PaneAction("new-folder", "New folder…", MaterialDesignF.FOLDER_PLUS_OUTLINE,
                        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        true, commands::newFolder, writable),
                new PaneAction("copy-path", "Copy path", MaterialDesignC.CONTENT_PASTE,
                        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        true, commands::copyPath, shown),
                new PaneAction("properties", "Properties…", MaterialDesignI.INFORMATION_OUTLINE,
                        new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN), true, commands::properties,
                        shown.and(one)),
                new PaneAction("refresh", "Refresh", MaterialDesignR.REFRESH,
                        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), true,
                        pane -> pane.model().refresh(), shown));
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    public List<PaneAction> all() {
        return actions;
    }

    public PaneAction get(String id) {
        return actions.stream().filter(action -> action.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pane action " + id));
    }

    /** Keys, double-click and the context menu of one pane. */
    public void install(FilePaneView pane) {
        pane.table().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            for (PaneAction action : actions) {
                if (action.key().match(event)) {
                    action.runIn(pane);
                    event.consume();
                    return;
                }
            }
        });
        pane.table().addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && onFilledRow(event)) {
                get("open").runIn(pane);
            }
        });
        // Shown by hand rather than set as the table's context menu: a control's context menu puts
        // its accelerators into the scene, where the two panes' menus would fight over the keys.
        ContextMenu menu = new ContextMenu();
        pane.table().setOnContextMenuRequested(event -> {
            panes.activate(pane);
            menu.getItems().setAll(menuItems(pane));
            menu.show(pane.table(), event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    /** Whether a click hit a row with an entry, not the header or the empty space below the rows. */
    private static boolean onFilledRow(MouseEvent event) {
        return FileTable.rowAt(event.getPickResult().getIntersectedNode()).filter(row -> !row.isEmpty()).isPresent();
    }

    private List<MenuItem> menuItems(FilePaneView pane) {
        List<MenuItem> items = new ArrayList<>();
        for (PaneAction action : actions) {
            if (!action.inMenu()) {
                continue;
            }
            MenuItem item = new MenuItem(action.label(), new FontIcon(action.icon()));
            item.setId("menu-" + action.id());
            item.setAccelerator(action.key());
            item.setDisable(!action.possible().test(pane));
            item.setOnAction(e -> action.runIn(pane));
            items.add(item);
            if (action.id().equals("edit") || action.id().equals("delete")) {
                items.add(new SeparatorMenuItem());
            }
        }
        return items;
    }
}
