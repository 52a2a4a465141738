package io.flashdeck.app.gui;

import io.flashdeck.app.Launcher;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the desktop app and waits until its last window closes. Its signature names no JavaFX
 * type, so the launcher can create it without loading JavaFX.
 */
public final class GuiProgram implements Launcher.Program {

    /**
     * JavaFX's own logger. It warns on every start that JavaFX runs from the classpath, which
     * FlashDeck does on purpose (see {@link Launcher}); held here so the level set sticks.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    @Override
    public int run(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            Application.launch(FlashDeckApp.class, args);
            return 0;
        } catch (RuntimeException noDisplay) {
            // JavaFX says "Unable to open DISPLAY" and the like; the command line needs no display.
            System.err.println("flashdeck: cannot open the window: " + noDisplay.getMessage());
            System.err.println("flashdeck: the command line works without one: flashdeck --help");
            return 1;
        }
    }
}
