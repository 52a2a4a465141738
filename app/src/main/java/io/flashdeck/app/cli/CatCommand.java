package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

@Command(name = "cat", mixinStandardHelpOptions = true, description = "Write files' raw bytes to standard output.")
final class CatCommand extends EachLocationCommand {

    CatCommand() {
        super("read", true);
    }

    @Override
    void apply(Location location, Endpoint file) throws IOException {
        try (InputStream in = file.volume().openRead(file.path())) {
            in.transferTo(out());
        }
    }
}
