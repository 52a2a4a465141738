package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Directories;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;

final class MkdirCommand extends EachLocationCommand {

    static final String NAME = "mkdir";

    private final Declared<Boolean> parents;

    MkdirCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "create directory", false, NAME, "Create directories.");
        parents = declaration.flag("Create missing parents; no error when it exists.", "-p", "--parents");
    }

    @Override
    void apply(Location location, Endpoint directory) throws IOException {
        if (parents.value()) {
            Directories.makeAll(directory.volume(), directory.path());
        } else {
            directory.volume().mkdir(directory.path());
        }
    }
}
