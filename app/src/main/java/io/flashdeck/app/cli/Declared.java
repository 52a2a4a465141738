package io.flashdeck.app.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** An option or operand of a {@link CommandDeclaration}: its value once the arguments are parsed. */
final class Declared<T> {

    private final ArgSpec arg;

    Declared(ArgSpec arg) {
        this.arg = arg;
    }

    T value() {
        return arg.getValue();
    }

    /** Whether the arguments gave it; a default value does not count. */
    boolean given() {
        return arg.command().commandLine().getParseResult().matchedArgs().contains(arg);
    }

    /** How messages name it: an option's longest name, an operand's label. */
    String name() {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
