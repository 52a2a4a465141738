package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in this process with captured output, in a given working directory. */
final class CliRun {

    final int code;
    final byte[] outBytes;
    final String out;
    final String err;

    private CliRun(int code, byte[] outBytes, String err) {
        this.code = code;
        this.outBytes = outBytes;
        this.out = new String(outBytes, StandardCharsets.UTF_8);
        this.err = err;
    }

    static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, new FatImageProvider(NameStyle.CAMERA), args);
    }

    static CliRun run(Path workingDirectory, ImageVolumeProvider images, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory,
                logDirectory(workingDirectory), images);
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
