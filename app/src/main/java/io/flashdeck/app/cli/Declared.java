package io.flashdeck.app.cli;

import picocli.CommandLine.Model.ArgSpec;

/** An option or operand of a {@link CommandDeclaration}: its value once the arguments are parsed. */
final class Declared<T> {

    private final ArgSpec arg;

    Declared(ArgSpec arg) {
        this.arg = arg;
    }

    T value() {
        return arg.getValue();
    }
}
