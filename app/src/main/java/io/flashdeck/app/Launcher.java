package io.flashdeck.app;

import io.flashdeck.app.cli.FlashDeckCommand;

/**
 * Entry point of {@code ./flashdeck}. Kept free of JavaFX types so the command line starts fast
 * and the GUI can be launched from the classpath (an {@code Application} subclass as main class
 * fails there).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(FlashDeckCommand.execute(args));
    }
}
