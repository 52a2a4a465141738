package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.app.cli.location.CameraConnector;
import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the command line in this process with captured output, in a given working directory. The
 * desktop app's tests use it too, to read back what the window wrote.
 */
public final class CliRun {

    /** For tests that have no virtual camera. */
    static final CameraConnector NO_VIRTUAL_CAMERA = camera -> {
        throw new IOException("no virtual camera in this test");
    };

    /** A machine without serial ports or a virtual camera. */
    static final CameraAccess NO_CAMERAS = new CameraAccess(List::of, NO_VIRTUAL_CAMERA, ReplSettings.defaults());

    public final int code;
    final byte[] outBytes;
    public final String out;
    public final String err;

    private CliRun(int code, byte[] outBytes, String err) {
        this.code = code;
        this.outBytes = outBytes;
        this.out = new String(outBytes, StandardCharsets.UTF_8);
        this.err = err;
    }

    public static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, new FatImageProvider(NameStyle.CAMERA), args);
    }

    static CliRun run(Path workingDirectory, ImageVolumeProvider images, String... args) {
        return run(workingDirectory, images, NO_CAMERAS, args);
    }

    /** Runs with {@code cameras} as the ports and REPL settings of the machine. */
    public static CliRun run(Path workingDirectory, CameraAccess cameras, String... args) {
        return run(workingDirectory, new FatImageProvider(NameStyle.CAMERA), cameras, args);
    }

    static CliRun run(Path workingDirectory, ImageVolumeProvider images, CameraAccess cameras, String... args) {
        return run(workingDirectory, images, cameras, null, args);
    }

    /** Runs as on a terminal, where progress is drawn; {@code errWatcher} sees stderr's text as it is written. */
    static CliRun onTerminal(Path workingDirectory, CameraAccess cameras, Consumer<String> errWatcher, String... args) {
        return run(workingDirectory, new FatImageProvider(NameStyle.CAMERA), cameras, errWatcher, args);
    }

    private static CliRun run(Path workingDirectory, ImageVolumeProvider images, CameraAccess cameras,
            Consumer<String> errWatcher, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream errSink = errWatcher == null ? err : new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                err.write(b, off, len);
                errWatcher.accept(new String(b, off, len, StandardCharsets.UTF_8));
            }
        };
        CliEnvironment environment = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(errSink, true, StandardCharsets.UTF_8), workingDirectory,
                logDirectory(workingDirectory), images, cameras, errWatcher != null);
        int code = FlashDeckCommand.execute(environment, args);
        return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs subcommand {@code name} with {@code args}. */
    static CliRun command(Path workingDirectory, ImageVolumeProvider images, String name, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = name;
        System.arraycopy(args, 0, full, 1, args.length);
        return run(workingDirectory, images, full);
    }

    /** Next to the working directory, so listings of it do not show the log. */
    static Path logDirectory(Path workingDirectory) {
        return workingDirectory.resolveSibling(workingDirectory.getFileName() + "-logs");
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
