package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.Remover;
import java.io.IOException;

final class RmCommand extends EachLocationCommand {

    static final String NAME = "rm";

    private final Declared<Boolean> recursive;

    RmCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "remove", false, NAME, "Remove files and, with -r, directories.");
        recursive = declaration.flag("Remove directories and everything in them.", "-r", "-R", "--recursive");
    }

    @Override
    void apply(Location location, Endpoint target) throws IOException {
        Remover.remove(target, recursive.value());
    }
}
