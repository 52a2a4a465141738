package io.flashdeck.app.gui;

import io.flashdeck.app.gui.browser.DualPane;
import io.flashdeck.app.gui.browser.FileCommands;
import io.flashdeck.app.gui.browser.FilePaneModel;
import io.flashdeck.app.gui.browser.FilePaneView;
import io.flashdeck.app.gui.browser.Listing;
import io.flashdeck.app.gui.browser.PaneActions;
import io.flashdeck.app.gui.browser.PaneCopies;
import io.flashdeck.app.gui.browser.PaneDragAndDrop;
import io.flashdeck.app.gui.browser.PaneDragOut;
import io.flashdeck.app.gui.camera.CameraFeature;
import io.flashdeck.app.gui.camera.CameraWindow;
import io.flashdeck.app.gui.editor.EditorWindow;
import io.flashdeck.app.gui.image.ImageContext;
import io.flashdeck.app.gui.image.ImageMenu;
import io.flashdeck.app.gui.image.ImageOpener;
import io.flashdeck.app.gui.notify.ErrorBanner;
import io.flashdeck.app.gui.places.ComputerPlaces;
import io.flashdeck.app.gui.places.ImagePlaces;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.app.gui.places.Places;
import io.flashdeck.app.gui.places.PlacesSidebar;
import io.flashdeck.app.gui.settings.Questions;
import io.flashdeck.app.gui.settings.Settings;
import io.flashdeck.app.gui.settings.Settings.PaneLocation;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.gui.theme.Theme;
import io.flashdeck.app.gui.transfer.DragStaging;
import io.flashdeck.app.gui.transfer.TransferQueue;
import io.flashdeck.app.gui.transfer.TransferQueueView;
import io.flashdeck.app.gui.transfer.TransferStatus;
import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.core.volume.VolumePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window: toolbar and error banner on top, the places sidebar and two file panes in the
 * middle, the status bar below. It wires the feature packages together and owns nothing else.
 */
public final class MainWindow {

    private final Stage stage;
    private final Settings restored;
    private final ErrorBanner banner;
    private final Places places;
    private final DualPane panes;
    private final ImageOpener images;
    private final TransferQueue transfers;
    private final PaneCopies copies;
    private final PaneDragAndDrop dragAndDrop;
    private final SplitPane split;
    private final CameraFeature cameras;
    private final EditorWindow editor;
    private final Questions questions;
    private Theme theme;

    public MainWindow(Stage stage, GuiEnvironment environment, Settings settings, BackgroundTasks tasks) {
        this.stage = stage;
        this.restored = settings;
        this.theme = settings.theme();
        this.questions = new Questions(settings.confirmations());
        banner = new ErrorBanner(new ErrorLog(environment.logDirectory()));

        ImagePlaces imagePlaces = new ImagePlaces(environment.images(),
                settings.recentImages().stream().map(Path::of).toList());
        List<PlaceProvider> providers = new ArrayList<>();
        providers.add(new ComputerPlaces(environment.home()));
        providers.addAll(environment.devices().get());
        providers.add(imagePlaces);
        places = new Places(providers, imagePlaces);

        panes = new DualPane(new FilePaneView(new FilePaneModel("left", tasks, banner)),
                new FilePaneView(new FilePaneModel("right", tasks, banner)));
        TransferStatus transferStatus = new TransferStatus();
        transfers = new TransferQueue(transferStatus, banner, () -> stage);
        copies = new PaneCopies(panes, places, tasks, banner, transfers);
        editor = new EditorWindow(stage, tasks, banner, new ErrorLog(environment.logDirectory()), panes::refreshShowing);
        PaneActions actions = new PaneActions(panes, new FileCommands(panes, tasks, banner, questions), copies, editor);
        panes.panes().forEach(actions::install);
        dragAndDrop = new PaneDragAndDrop(copies,
                new PaneDragOut(copies, new DragStaging(environment.dragDirectory()), tasks, banner));
        panes.panes().forEach(dragAndDrop::install);
        images = new ImageOpener(imagePlaces, tasks, banner, place -> panes.active().model().show(place));
        ImageMenu imageMenu = new ImageMenu(new ImageContext(panes, tasks, banner, images, transferStatus.runningProperty()));
        imagePlaces.useActions(imageMenu::itemsFor);

        PlacesSidebar sidebar = new PlacesSidebar(places, this::open);
        highlightActivePlace(sidebar);
        split = new SplitPane(sidebar.view(), panes.left(), panes.right());
        split.setId("main-split");
        SplitPane.setResizableWithParent(sidebar.view(), false);

        BorderPane root = new BorderPane();
        root.setId("main");
        root.setTop(new VBox(MainToolbar.of(panes, actions, imageMenu, () -> images.choose(stage), questions,
                () -> setTheme(theme.other())), banner));
        root.setCenter(split);
        StatusBar statusBar = new StatusArea(transferStatus, tasks, panes).view();
        root.setBottom(new VBox(new TransferQueueView(transfers).view(), statusBar));
        cameras = CameraFeature.install(places, new CameraWindow(stage, tasks, banner, panes), statusBar);

        Scene scene = new Scene(root);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> images.choose(stage));
        images.acceptDrops(scene);
        stage.setScene(scene);
        stage.setTitle("FlashDeck");
        applyTheme();
        WindowLayout.restore(stage, split, settings);
        restorePanes(settings.panes());
    }

    /** The sidebar marks the place the active pane shows. */
    private void highlightActivePlace(PlacesSidebar sidebar) {
        Runnable update = () -> {
            Listing listing = panes.active().model().listing();
            if (listing != null) {
                sidebar.highlight(listing.place());
            }
        };
        panes.activeProperty().addListener((observable, before, now) -> update.run());
        panes.panes().forEach(pane -> pane.model().listingProperty().addListener((observable, before, now) -> {
            if (pane == panes.active()) {
                update.run();
            }
        }));
        places.images().places().addListener((ListChangeListener<Place>) change -> update.run());
    }

    private void open(Place place, PlacesSidebar.Target target) {
        FilePaneView pane = switch (target) {
            case ACTIVE -> panes.active();
            case LEFT -> panes.left();
            case RIGHT -> panes.right();
        };
        panes.activate(pane);
        pane.model().show(place);
        pane.table().requestFocus(); // the keys go on in the pane, as after a click there
    }

    /** Each pane where it was; a place that is gone (an image deleted meanwhile) gives way to the first one. */
    private void restorePanes(List<PaneLocation> saved) {
        List<FilePaneView> both = panes.panes();
        for (int i = 0; i < both.size(); i++) {
            PaneLocation location = i < saved.size() ? saved.get(i) : null;
            Place place = location == null ? null : places.find(location.place()).orElse(null);
            if (place == null) {
                both.get(i).model().show(places.first());
            } else {
                both.get(i).model().showOrStart(place, VolumePath.parse(location.path()));
            }
        }
    }

    public void setTheme(Theme newTheme) {
        theme = newTheme;
        applyTheme();
    }

    private void applyTheme() {
        stage.getScene().getStylesheets().setAll(theme.styleSheets());
    }

    /** What to remember of this window. */
    public Settings settings() {
        List<PaneLocation> locations = panes.panes().stream().map(pane -> pane.model().listing())
                .map(listing -> listing == null ? new PaneLocation(places.first().id(), places.first().start().toString())
                        : new PaneLocation(listing.place().id(), listing.directory().toString()))
                .toList();
        return new Settings(WindowLayout.bounds(stage, restored.window()), WindowLayout.dividers(split), locations,
                places.images().recentFiles().stream().map(Path::toString).toList(), theme, questions.confirmations());
    }

    public Places places() {
        return places;
    }

    public DualPane panes() {
        return panes;
    }

    public CameraFeature cameras() {
        return cameras;
    }

    public ImageOpener images() {
        return images;
    }

    public EditorWindow editor() {
        return editor;
    }

    public ErrorBanner banner() {
        return banner;
    }

    public Theme theme() {
        return theme;
    }

    public TransferQueue transfers() {
        return transfers;
    }

    public PaneCopies copies() {
        return copies;
    }

    public PaneDragAndDrop dragAndDrop() {
        return dragAndDrop;
    }

    /**
     * Cancels the queued and running copies and gives the running one up to {@code millis} to stop;
     * stops the drag-out folders' cleaner.
     */
    public void closeTransfers(long millis) throws InterruptedException {
        dragAndDrop.close();
        transfers.close(millis);
    }
}
