package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Endpoint;
import java.util.HexFormat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sha256", mixinStandardHelpOptions = true,
        description = "Print SHA-256 checksums as sha256sum does: HEX, two spaces, LOCATION.")
final class Sha256Command extends VolumeCommand {

    @Parameters(paramLabel = "LOCATION", arity = "1..*")
    List<String> operands;

    @Override
    void run(VolumeOpener opener) {
        eachOperand(locations(operands), "read", location -> {
            Endpoint file = opener.open(location, true);
            out().println(HexFormat.of().formatHex(file.volume().sha256(file.path())) + "  " + location.text());
        });
    }
}
