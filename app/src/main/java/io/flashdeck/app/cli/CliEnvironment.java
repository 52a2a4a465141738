package io.flashdeck.app.cli;

import io.flashdeck.app.UserDataDirectory;
import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What a command line run talks to; tests pass their own streams and directories.
 *
 * @param workingDirectory relative host locations start here
 * @param logDirectory     where failures are logged with their stack traces (created on the first failure)
 * @param images           opens FAT images
 */
public record CliEnvironment(PrintStream out, PrintStream err, Path workingDirectory, Path logDirectory,
        ImageVolumeProvider images) {

    /** The real process: standard streams, the current directory, the user's data directory. */
    public static CliEnvironment system() {
        return new CliEnvironment(standardOutput(), System.err, Path.of("").toAbsolutePath(),
                UserDataDirectory.locate().resolve("logs"), new FatImageProvider(NameStyle.CAMERA));
    }

    /**
     * Standard output with a large buffer and no flush per line (System.out writes every line
     * separately, which made listing thousands of files slow), in UTF-8 so that file names survive
     * a "C" locale; a Windows console names its own encoding. Commands flush when they finish.
     */
    private static PrintStream standardOutput() {
        String console = System.getProperty("sun.stdout.encoding");
        Charset charset = console != null && Charset.isSupported(console)
                ? Charset.forName(console) : StandardCharsets.UTF_8;
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, charset);
    }
}
