package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.Remover;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove files and, with -r, directories.")
final class RmCommand extends EachLocationCommand {

    @Option(names = {"-r", "-R", "--recursive"}, description = "Remove directories and everything in them.")
    boolean recursive;

    RmCommand() {
        super("remove", false);
    }

    @Override
    void apply(Location location, Endpoint target) throws IOException {
        Remover.remove(target, recursive);
    }
}
