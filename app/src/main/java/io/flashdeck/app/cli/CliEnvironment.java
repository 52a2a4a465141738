package io.flashdeck.app.cli;

import io.flashdeck.app.UserDataDirectory;
import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.PrintStream;
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
        return new CliEnvironment(System.out, System.err, Path.of("").toAbsolutePath(),
                UserDataDirectory.locate().resolve("logs"), new FatImageProvider(NameStyle.CAMERA));
    }
}
