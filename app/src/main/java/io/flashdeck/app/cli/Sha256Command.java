package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import java.util.HexFormat;
import picocli.CommandLine.Command;

@Command(name = "sha256", mixinStandardHelpOptions = true,
        description = "Print SHA-256 checksums as sha256sum does: HEX, two spaces, LOCATION.")
final class Sha256Command extends EachLocationCommand {

    Sha256Command() {
        super("read", true);
    }

    @Override
    void apply(Location location, Endpoint file) throws IOException {
        out().println(HexFormat.of().formatHex(file.volume().sha256(file.path())) + "  " + location.text());
    }
}
