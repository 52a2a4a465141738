package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Remover;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove files and, with -r, directories.")
final class RmCommand extends VolumeCommand {

    @Option(names = {"-r", "-R", "--recursive"}, description = "Remove directories and everything in them.")
    boolean recursive;

    @Parameters(paramLabel = "LOCATION", arity = "1..*")
    List<String> operands;

    @Override
    void run(VolumeOpener opener) {
        eachOperand(locations(operands), "remove", location -> Remover.remove(opener.open(location, false), recursive));
    }
}
