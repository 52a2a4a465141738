package io.flashdeck.app.cli;

import java.util.List;
import picocli.CommandLine.Range;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's name, help, options and operands, declared to picocli in code. picocli can read
 * them from annotations instead, but that costs every start some 20 ms: the JDK generates a proxy
 * class for each annotation type read, and picocli reflects over every class up to
 * {@code Object}. Each option or operand declared here is a {@link Declared} value, read once the
 * arguments are parsed.
 */
final class CommandDeclaration {

    private final CommandSpec spec;

    /** @param command what picocli runs: a {@link Runnable} or a {@code Callable<Integer>} returning the exit code */
    CommandDeclaration(Object command, String name, String... description) {
        spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    CommandSpec spec() {
        return spec;
    }

    /** An option without a value: true when given. */
    Declared<Boolean> flag(String description, String... names) {
        return add(OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description));
    }

    /** An option with a value, null when not given. */
    <T> Declared<T> option(Class<T> type, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(type).paramLabel(label).description(description));
    }

    /** The operand at {@code index}, required. */
    Declared<String> operand(int index, String label, String... description) {
        return add(PositionalParamSpec.builder().index(String.valueOf(index)).arity("1").required(true)
                .type(String.class).paramLabel(label).description(description));
    }

    /** Operands taking the positions {@code arity} allows ("1..*"); an empty list when none are given. */
    Declared<List<String>> operands(String arity, String label, String... description) {
        return add(PositionalParamSpec.builder().arity(arity).required(Range.valueOf(arity).min() > 0)
                .type(List.class).auxiliaryTypes(String.class).initialValue(List.of()).paramLabel(label)
                .description(description));
    }

    /** Any other option, as picocli builds it. */
    <T> Declared<T> add(OptionSpec.Builder option) {
        return adding(option.build());
    }

    /** Any other operand, as picocli builds it. */
    <T> Declared<T> add(PositionalParamSpec.Builder operand) {
        return adding(operand.build());
    }

    private <T> Declared<T> adding(ArgSpec arg) {
        spec.add(arg);
        return new Declared<>(arg);
    }
}
