package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Endpoint;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Parameters;

/** A command that does one thing to each {@code LOCATION} operand, such as {@code rm} or {@code cat}. */
abstract class EachLocationCommand extends VolumeCommand {

    @Parameters(paramLabel = "LOCATION", arity = "1..*")
    List<String> operands;

    private final String verb;
    private final boolean readOnly;

    /**
     * @param verb     for messages: "cannot VERB LOCATION: ..."
     * @param readOnly whether the command only reads
     */
    EachLocationCommand(String verb, boolean readOnly) {
        this.verb = verb;
        this.readOnly = readOnly;
    }

    @Override
    final void run(VolumeOpener opener) {
        eachOperand(locations(operands), verb, location -> apply(location, opener.open(location, readOnly)));
    }

    abstract void apply(Location location, Endpoint endpoint) throws IOException;
}
