package io.flashdeck.app.gui;

import io.flashdeck.app.gui.bench.GuiBench;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.app.gui.settings.SettingsStore;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.gui.theme.AppIcon;
import io.flashdeck.app.report.ErrorLog;
import java.io.IOException;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: one main window. Settings are read before it opens and written when it closes;
 * then every volume is closed, on a thread of its own since a camera that stopped answering may
 * never let go.
 */
public final class FlashDeckApp extends Application {

    /** How long a running copy, and then closing the volumes, may each hold up the exit. */
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final GuiEnvironment environment;
    private ErrorLog log;
    private SettingsStore settings;
    private BackgroundTasks tasks;
    private MainWindow window;

    /** Used by {@code Application.launch}: the real user's folders. */
    public FlashDeckApp() {
        this(GuiEnvironment.system());
    }

    public FlashDeckApp(GuiEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void start(Stage stage) {
        log = new ErrorLog(environment.logDirectory());
        settings = new SettingsStore(environment.configDirectory(), log);
        tasks = new BackgroundTasks();
        window = new MainWindow(stage, environment, settings.load(), tasks);
        // A bug in an event handler shows up as a notification, not as a window that stops working.
        Thread.currentThread().setUncaughtExceptionHandler(
                (thread, e) -> window.banner().error("Something went wrong: " + e, e));
        AppIcon.addTo(stage);
        stage.show();
        GuiBench.startIfAsked(window);
    }

    @Override
    public void stop() throws InterruptedException {
        if (window == null) {
            return;
        }
        try {
            settings.save(window.settings());
        } catch (IOException e) {
            log.record("cannot save the settings to " + settings.file(), e);
        }
        window.closeTransfers(CLOSE_WAIT_MILLIS);
        tasks.close();
        List<Place> open = window.places().everyPlace();
        List<PlaceProvider> sections = window.places().providers();
        Thread closer = new Thread(() -> closeAll(open, sections), "flashdeck-close");
        closer.setDaemon(true);
        closer.start();
        closer.join(CLOSE_WAIT_MILLIS);
    }

    private void closeAll(List<Place> places, List<PlaceProvider> sections) {
        for (Place place : places) {
            try {
                place.volume().close();
            } catch (IOException e) {
                log.record("cannot close " + place.title(), e);
            }
        }
        for (PlaceProvider section : sections) {
            try {
                section.close();
            } catch (IOException e) {
                log.record("cannot close the section " + section.section(), e);
            }
        }
    }

    /** The window, once started. */
    public MainWindow window() {
        return window;
    }
}
