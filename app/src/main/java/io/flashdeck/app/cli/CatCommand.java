package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import java.io.InputStream;

final class CatCommand extends EachLocationCommand {

    static final String NAME = "cat";

    private static final int BUFFER_SIZE = 64 * 1024;

    CatCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "read", true, NAME, "Write files' raw bytes to standard output.");
    }

    @Override
    void apply(Location location, Endpoint file) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = file.volume().openRead(file.path())) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out().write(buffer, 0, n);
                requireOutputOpen();
            }
        }
    }
}
