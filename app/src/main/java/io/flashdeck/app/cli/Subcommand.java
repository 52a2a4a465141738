package io.flashdeck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command below {@code flashdeck}: it reaches the root's settings and environment, declares its
 * options to picocli, and returns its exit code.
 */
abstract class Subcommand implements Callable<Integer> {

    final FlashDeckCommand flashdeck;
    final CommandDeclaration declaration;

    Subcommand(FlashDeckCommand flashdeck, String name, String... description) {
        this.flashdeck = flashdeck;
        this.declaration = new CommandDeclaration(this, name, description);
    }

    CommandSpec spec() {
        return declaration.spec();
    }

    /** Parses an {@code IMAGE} or {@code IMAGE@N} operand; one that names no image is a usage error. */
    ImageArgument imageOperand(String text) {
        try {
            return ImageArgument.parse(flashdeck.parser(), text);
        } catch (IllegalArgumentException e) {
            throw usageError("Invalid image " + e.getMessage());
        }
    }

    /** A usage error: picocli prints {@code message} and the command's usage, and exits 2. */
    ParameterException usageError(String message) {
        return new ParameterException(spec().commandLine(), message);
    }
}
