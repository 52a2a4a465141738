package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Directories;
import io.flashdeck.core.transfer.Endpoint;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Create directories.")
final class MkdirCommand extends VolumeCommand {

    @Option(names = {"-p", "--parents"}, description = "Create missing parents; no error when it exists.")
    boolean parents;

    @Parameters(paramLabel = "LOCATION", arity = "1..*")
    List<String> operands;

    @Override
    void run(VolumeOpener opener) {
        eachOperand(locations(operands), "create directory", location -> {
            Endpoint directory = opener.open(location, false);
            if (parents) {
                Directories.makeAll(directory.volume(), directory.path());
            } else {
                directory.volume().mkdir(directory.path());
            }
        });
    }
}
