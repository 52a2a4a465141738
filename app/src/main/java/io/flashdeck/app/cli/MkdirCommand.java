package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Directories;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Create directories.")
final class MkdirCommand extends EachLocationCommand {

    @Option(names = {"-p", "--parents"}, description = "Create missing parents; no error when it exists.")
    boolean parents;

    MkdirCommand() {
        super("create directory", false);
    }

    @Override
    void apply(Location location, Endpoint directory) throws IOException {
        if (parents) {
            Directories.makeAll(directory.volume(), directory.path());
        } else {
            directory.volume().mkdir(directory.path());
        }
    }
}
