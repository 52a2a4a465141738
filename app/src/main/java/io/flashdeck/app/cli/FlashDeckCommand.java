package io.flashdeck.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flashdeck} command and its subcommands. */
@Command(name = "flashdeck", mixinStandardHelpOptions = true, version = "FlashDeck 0.1.0",
        description = "Volume manager for OpenMV Cams, MicroPython boards and FAT disk images.")
public final class FlashDeckCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return new CommandLine(new FlashDeckCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
