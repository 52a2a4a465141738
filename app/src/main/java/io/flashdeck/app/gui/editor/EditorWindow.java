package io.flashdeck.app.gui.editor;

import io.flashdeck.app.editor.EditedFile;
import io.flashdeck.app.editor.NotTextException;
import io.flashdeck.app.editor.TextFileNames;
import io.flashdeck.app.gui.browser.FileEditor;
import io.flashdeck.app.gui.notify.ErrorBanner;
import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The editor's window: a tab per open file beside the main window, so the panes stay in view.
 * It opens with the first file and hides when the last tab closes. Closing a tab, this window or
 * the main window with unsaved changes asks first; the main window closes this one with it.
 */
public final class EditorWindow implements FileEditor {

    private final Stage main;
    private final BackgroundTasks tasks;
    private final Notifier mainNotifier;
    private final ErrorBanner banner;
    private final TabSaving saving;
    private final ColouringThread colouring = new ColouringThread();
    private final TabPane tabs = new TabPane();
    /** Files being read for a tab: a second Enter meanwhile must not open a second tab. FX thread. */
    private final Set<String> loading = new HashSet<>();
    private Stage stage;

    /**
     * @param mainNotifier where failures to open a file go, as the editor may not be showing yet
     * @param log          keeps the details of failures in the editor's own banner
     * @param saved        told the volume after each save, so that panes showing it list it again
     */
    public EditorWindow(Stage main, BackgroundTasks tasks, Notifier mainNotifier, ErrorLog log,
            Consumer<Volume> saved) {
        this.main = main;
        this.tasks = tasks;
        this.mainNotifier = mainNotifier;
        this.banner = new ErrorBanner(log);
        this.saving = new TabSaving(tasks, banner, saved);
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        main.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (tabs().stream().anyMatch(EditorTab::isDirty)) {
                event.consume();
                closeAll(main::close);
            } else if (stage != null) {
                stage.hide();
            }
        });
    }

    @Override
    public boolean opensOnEnter(FileEntry file) {
        return file.isFile() && TextFileNames.isText(file.name());
    }

    /** Shows the file's tab, reading the file first when it is not open yet. */
    @Override
    public void edit(Place place, Volume volume, FileEntry entry) {
        Optional<EditorTab> open = tabs().stream().filter(tab -> tab.shows(place, entry.path())).findFirst();
        if (open.isPresent()) {
            select(open.get());
            return;
        }
        String location = place.locationOf(entry.path());
        if (!loading.add(location)) {
            return; // a second Enter while the file is still being read
        }
        EditedFile file = new EditedFile(volume, entry.path());
        tasks.run(file::load, text -> {
            loading.remove(location);
            EditorTab tab = new EditorTab(place, file, text, colouring);
            tab.setOnCloseRequest(event -> {
                event.consume(); // the tab goes when its changes are saved or discarded
                close(tab, () -> { });
            });
            tabs.getTabs().add(tab);
            select(tab);
        }, failure -> {
            loading.remove(location);
            if (failure instanceof NotTextException notText) {
                EditorQuestions.tellNotText(main, entry.name(), notText.getMessage());
            } else {
                mainNotifier.failed("open", place.locationOf(entry.path()), entry.path(), failure);
            }
        });
    }

    private void select(EditorTab tab) {
        tabs.getSelectionModel().select(tab);
        Stage window = stage();
        window.show();
        window.toFront();
        tab.area().requestFocus();
    }

    /** Closes {@code tab} once its changes are saved or discarded, then runs {@code afterwards}. */
    void close(EditorTab tab, Runnable afterwards) {
        Runnable remove = () -> {
            tabs.getTabs().remove(tab);
            if (tabs.getTabs().isEmpty()) {
                stage.hide();
            }
            afterwards.run();
        };
        if (!tab.isDirty()) {
            remove.run();
            return;
        }
        tabs.getSelectionModel().select(tab);
        switch (EditorQuestions.askUnsaved(stage, tab.file().path().name())) {
            case SAVE -> saving.save(tab, remove);
            case DISCARD -> remove.run();
            case CANCEL -> { }
        }
    }

    /** Closes every tab, asking about unsaved ones, then runs {@code afterwards}; a Cancel stops there. */
    void closeAll(Runnable afterwards) {
        List<EditorTab> open = tabs();
        if (open.isEmpty()) {
            if (stage != null) {
                stage.hide();
            }
            afterwards.run();
        } else {
            close(open.get(0), () -> closeAll(afterwards));
        }
    }

    /** The open tabs, left to right. */
    List<EditorTab> tabs() {
        return tabs.getTabs().stream().map(EditorTab.class::cast).toList();
    }

    /** The tab in front, if any. */
    Optional<EditorTab> current() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return Optional.ofNullable((EditorTab) selected);
    }

    /** The window, made on first use; its style sheets follow the main window's theme. */
    public Stage stage() {
        if (stage == null) {
            stage = new Stage();
            // The title names the file in front as the command line would: emu:/flash/main.py.
            stage.titleProperty().bind(Bindings.createStringBinding(() -> current()
                    .map(tab -> tab.location() + " — FlashDeck editor").orElse("FlashDeck editor"),
                    tabs.getSelectionModel().selectedItemProperty()));
            stage.getIcons().setAll(main.getIcons());
            BorderPane root = new BorderPane(tabs);
            root.setId("editor");
            EditorCommands commands = new EditorCommands(this, saving);
            root.setTop(new VBox(commands.toolbar(), banner));
            Scene scene = new Scene(root, 900, 640);
            commands.installKeys(scene);
            EditorStyles.follow(main.getScene(), scene);
            stage.setScene(scene);
            stage.setOnCloseRequest(event -> {
                event.consume();
                closeAll(() -> { });
            });
        }
        return stage;
    }

    public ErrorBanner banner() {
        return banner;
    }
}
