package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.app.cli.location.LocationParser;
import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code flashdeck} command. A new subcommand is one more class in {@link #SUBCOMMANDS}.
 *
 * <p>Exit codes: 0 success, 1 an operation failed (one line per failure on stderr, the stack
 * trace in the log), 2 usage error (the message and the usage on stderr).
 */
@Command(name = "flashdeck", mixinStandardHelpOptions = true, version = "FlashDeck 0.1.0",
        description = "Volume manager for OpenMV Cams, MicroPython boards and FAT disk images.",
        footer = {"", "Locations: host paths (photos/a.jpg),",
                "  images (flash.img:/main.py, disk.img@2:/DCIM),",
                "  cameras (cam:/flash, cam@/dev/ttyACM0:/sdcard, emu:/flash)."})
public final class FlashDeckCommand implements Runnable {

    /** In the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(LsCommand.class, CpCommand.class, MvCommand.class,
            RmCommand.class, MkdirCommand.class, CatCommand.class, Sha256Command.class, InfoCommand.class,
            DfCommand.class, FormatCommand.class, CheckCommand.class, MapCommand.class, PortsCommand.class,
            ExecCommand.class, ResetCommand.class, FactoryResetCommand.class, BenchCommand.class,
            EmulateCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pc-names", scope = ScopeType.INHERIT,
            description = "Store new non-ASCII names in images as plain Unicode long names (for PCs) "
                    + "instead of the way a camera stores them.")
    boolean pcNames;

    /** Given before the command ({@code emulate} has an option of this name for the camera's side). */
    @Option(names = "--no-raw-paste",
            description = "Send code to cameras without MicroPython's raw-paste mode, for boards where it hangs "
                    + "(such as the WebAssembly build); slower, but works everywhere. Goes before the command.")
    boolean noRawPaste;

    private final CliEnvironment environment;
    private final LocationParser parser;

    private FlashDeckCommand(CliEnvironment environment) {
        this.environment = environment;
        this.parser = new LocationParser(environment.workingDirectory(), LocationParser.DRIVE_LETTERS_HERE);
    }

    /** Runs the command line in this process and returns the exit code. */
    public static int execute(String... args) {
        return execute(CliEnvironment.system(), args);
    }

    public static int execute(CliEnvironment environment, String... args) {
        FlashDeckCommand root = new FlashDeckCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        // Plain loops and classes here, no lambdas over picocli's types: resolving one links those
        // Java 5 classes while the class-data archive is dumped, which then leaves them out of it.
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(new PrintWriter(environment.out(), true));
        commandLine.setErr(new PrintWriter(environment.err(), true));
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler(environment));
        int code = commandLine.execute(args);
        environment.out().flush();
        return code;
    }

    /**
     * The one subcommand the arguments name, or all of them (for the usage, or an unknown name).
     * picocli reads every command's annotations when it is added, a good part of a short
     * command's run; the root's options take no values, so the first other word is the command.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.stream().filter(command -> names(command).contains(arg)).findFirst()
                        .<List<Class<?>>>map(List::of).orElse(SUBCOMMANDS);
            }
        }
        return SUBCOMMANDS;
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    /** An unexpected failure: one line for the user, the stack trace in the log. */
    private static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

        private final CliEnvironment environment;

        InternalErrorHandler(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            new ErrorReporter(environment.err(), new ErrorLog(environment.logDirectory())).internal(e);
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    CliEnvironment environment() {
        return environment;
    }

    /** Opens images with the name style the command line asked for. */
    ImageVolumeProvider images() {
        return environment.images().withNameStyle(pcNames ? NameStyle.UNICODE : NameStyle.CAMERA);
    }

    /** Reaches cameras with the REPL settings the command line asked for. */
    CameraAccess cameras() {
        return noRawPaste ? environment.cameras().withoutRawPaste() : environment.cameras();
    }

    LocationParser parser() {
        return parser;
    }

    @Override
    public void run() {
        spec.commandLine().usage(environment.out());
    }
}
