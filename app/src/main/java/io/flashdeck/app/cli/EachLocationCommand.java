package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import java.util.List;

/** A command that does one thing to each {@code LOCATION} operand, such as {@code rm} or {@code cat}. */
abstract class EachLocationCommand extends VolumeCommand {

    private final Declared<List<String>> operands;
    private final String verb;
    private final boolean readOnly;

    /**
     * @param verb     for messages: "cannot VERB LOCATION: ..."
     * @param readOnly whether the command only reads
     */
    EachLocationCommand(FlashDeckCommand flashdeck, String verb, boolean readOnly, String name, String... description) {
        super(flashdeck, name, description);
        operands = declaration.operands("1..*", "LOCATION");
        this.verb = verb;
        this.readOnly = readOnly;
    }

    @Override
    final void run(VolumeOpener opener) {
        eachOperand(locations(operands.value()), verb, location -> apply(location, opener.open(location, readOnly)));
    }

    abstract void apply(Location location, Endpoint endpoint) throws IOException;
}
