package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.app.cli.location.LocationParser;
import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code flashdeck} command. A new subcommand is one more name in {@link #SUBCOMMANDS} and
 * in {@link #subcommand}.
 *
 * <p>Exit codes: 0 success, 1 an operation failed (one line per failure on stderr, the stack
 * trace in the log), 2 usage error (the message and the usage on stderr).
 */
public final class FlashDeckCommand implements Runnable {

    /** In the order the usage lists them. */
    private static final List<String> SUBCOMMANDS = List.of(LsCommand.NAME, CpCommand.NAME, MvCommand.NAME,
            RmCommand.NAME, MkdirCommand.NAME, CatCommand.NAME, Sha256Command.NAME, InfoCommand.NAME,
            DfCommand.NAME, FormatCommand.NAME, CheckCommand.NAME, MapCommand.NAME, PortsCommand.NAME,
            ExecCommand.NAME, ResetCommand.NAME, FactoryResetCommand.NAME, BenchCommand.NAME,
            EmulateCommand.NAME);

    static {
        // On first use picocli looks for Groovy's Closure class, and the failed look-up opens every
        // jar on the class path; it also links converters for java.sql and java.time types by
        // reflection. No option here takes those types: skipping both starts a command 10 ms sooner.
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
    }

    private final CliEnvironment environment;
    private final LocationParser parser;
    private final CommandDeclaration declaration;
    private final Declared<Boolean> pcNames;
    private final Declared<Boolean> noRawPaste;

    private FlashDeckCommand(CliEnvironment environment) {
        this.environment = environment;
        this.parser = new LocationParser(environment.workingDirectory(), LocationParser.DRIVE_LETTERS_HERE);
        declaration = new CommandDeclaration(this, "flashdeck",
                "Volume manager for OpenMV Cams, MicroPython boards and FAT disk images.");
        declaration.spec().version("FlashDeck 0.1.0");
        declaration.spec().usageMessage().footer("", "Locations: host paths (photos/a.jpg),",
                "  images (flash.img:/main.py, disk.img@2:/DCIM),",
                "  cameras (cam:/flash, cam@/dev/ttyACM0:/sdcard, emu:/flash).");
        pcNames = declaration.add(OptionSpec.builder("--pc-names").type(boolean.class).initialValue(false)
                .scopeType(ScopeType.INHERIT)
                .description("Store new non-ASCII names in images as plain Unicode long names (for PCs) "
                        + "instead of the way a camera stores them."));
        // Given before the command: emulate has an option of this name for the camera's side.
        noRawPaste = declaration.flag("Send code to cameras without MicroPython's raw-paste mode, for boards where it "
                + "hangs (such as the WebAssembly build); slower, but works everywhere. Goes before the command.",
                "--no-raw-paste");
    }

    /** Runs the command line in this process and returns the exit code. */
    public static int execute(String... args) {
        return execute(CliEnvironment.system(), args);
    }

    public static int execute(CliEnvironment environment, String... args) {
        FlashDeckCommand root = new FlashDeckCommand(environment);
        CommandLine commandLine = new CommandLine(root.declaration.spec());
        for (String name : subcommandsFor(args)) {
            commandLine.addSubcommand(name, root.subcommand(name).spec());
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
     * Declaring every command would cost a short command's start for nothing; the root's options
     * take no values, so the first other word is the command.
     */
    static List<String> subcommandsFor(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.contains(arg) ? List.of(arg) : SUBCOMMANDS;
            }
        }
        return SUBCOMMANDS;
    }

    private Subcommand subcommand(String name) {
        return switch (name) {
            case LsCommand.NAME -> new LsCommand(this);
            case CpCommand.NAME -> new CpCommand(this);
            case MvCommand.NAME -> new MvCommand(this);
            case RmCommand.NAME -> new RmCommand(this);
            case MkdirCommand.NAME -> new MkdirCommand(this);
            case CatCommand.NAME -> new CatCommand(this);
            case Sha256Command.NAME -> new Sha256Command(this);
            case InfoCommand.NAME -> new InfoCommand(this);
            case DfCommand.NAME -> new DfCommand(this);
            case FormatCommand.NAME -> new FormatCommand(this);
            case CheckCommand.NAME -> new CheckCommand(this);
            case MapCommand.NAME -> new MapCommand(this);
            case PortsCommand.NAME -> new PortsCommand(this);
            case ExecCommand.NAME -> new ExecCommand(this);
            case ResetCommand.NAME -> new ResetCommand(this);
            case FactoryResetCommand.NAME -> new FactoryResetCommand(this);
            case BenchCommand.NAME -> new BenchCommand(this);
            case EmulateCommand.NAME -> new EmulateCommand(this);
            default -> throw new IllegalArgumentException("no command " + name);
        };
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
        return environment.images().withNameStyle(pcNames.value() ? NameStyle.UNICODE : NameStyle.CAMERA);
    }

    /** Reaches cameras with the REPL settings the command line asked for. */
    CameraAccess cameras() {
        return noRawPaste.value() ? environment.cameras().withoutRawPaste() : environment.cameras();
    }

    LocationParser parser() {
        return parser;
    }

    @Override
    public void run() {
        declaration.spec().commandLine().usage(environment.out());
    }
}
