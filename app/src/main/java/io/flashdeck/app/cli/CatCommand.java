package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Endpoint;
import java.io.InputStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cat", mixinStandardHelpOptions = true, description = "Write files' raw bytes to standard output.")
final class CatCommand extends VolumeCommand {

    @Parameters(paramLabel = "LOCATION", arity = "1..*")
    List<String> operands;

    @Override
    void run(VolumeOpener opener) {
        eachOperand(locations(operands), "read", location -> {
            Endpoint file = opener.open(location, true);
            try (InputStream in = file.volume().openRead(file.path())) {
                in.transferTo(out());
            }
        });
    }
}
