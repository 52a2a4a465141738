package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import java.util.HexFormat;

final class Sha256Command extends EachLocationCommand {

    static final String NAME = "sha256";

    Sha256Command(FlashDeckCommand flashdeck) {
        super(flashdeck, "read", true, NAME, "Print SHA-256 checksums as sha256sum does: HEX, two spaces, LOCATION.");
    }

    @Override
    void apply(Location location, Endpoint file) throws IOException {
        out().println(HexFormat.of().formatHex(file.volume().sha256(file.path())) + "  " + location.text());
    }
}
