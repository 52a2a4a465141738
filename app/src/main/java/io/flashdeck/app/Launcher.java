package io.flashdeck.app;

import io.flashdeck.app.cli.FlashDeckCommand;

/**
 * Entry point of {@code ./flashdeck}: with arguments the command line, without them the desktop
 * app. Kept free of JavaFX types so the command line starts fast and never loads JavaFX, and so
 * the GUI can be launched from the classpath (an {@code Application} subclass as main class fails
 * there).
 */
public final class Launcher {

    /** The desktop app's program, named as text: a class literal would tie this class to JavaFX. */
    public static final String GUI_PROGRAM = "io.flashdeck.app.gui.GuiProgram";

    /** Something {@code main} can run; returns the exit code. */
    @FunctionalInterface
    public interface Program {
        int run(String[] args);
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(programFor(args).run(args));
    }

    /** The command line for any arguments, the desktop app for none; nothing is started yet. */
    public static Program programFor(String[] args) {
        return args.length > 0 ? new CommandLineProgram() : gui();
    }

    /** A class rather than a method reference, which costs each command's start a method-handle link. */
    private static final class CommandLineProgram implements Program {
        @Override
        public int run(String[] args) {
            return FlashDeckCommand.execute(args);
        }
    }

    private static Program gui() {
        try {
            return Class.forName(GUI_PROGRAM).asSubclass(Program.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the desktop app is missing from this build: " + GUI_PROGRAM, e);
        }
    }
}
