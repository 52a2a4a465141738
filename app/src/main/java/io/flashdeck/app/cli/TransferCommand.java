package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/**
 * {@code cp} and {@code mv}: {@code SOURCE... DESTINATION} in any direction, each source planned
 * with the POSIX rules of {@link CopyPlan}. With several sources the destination must be an
 * existing directory. The destination is opened first, for writing (see {@link VolumeOpener}).
 * On a terminal, long transfers show a {@link ProgressLine}.
 */
abstract class TransferCommand extends VolumeCommand {

    private final Declared<List<String>> operands;
    private final String verb;
    private final boolean readsSources;

    /**
     * @param verb         for messages: "copy", "move"
     * @param readsSources whether the sources are only read
     */
    TransferCommand(FlashDeckCommand flashdeck, String verb, boolean readsSources, String name, String... description) {
        super(flashdeck, name, description);
        operands = declaration.operands("2..*", "SOURCE... DESTINATION", "Where from, then where to.");
        this.verb = verb;
        this.readsSources = readsSources;
    }

    /** Whether directory sources are accepted. */
    abstract boolean recursive();

    abstract void transfer(CopyPlan plan, TransferProgress progress) throws IOException;

    /** Called once every source has been transferred or has failed. */
    void finished() {
    }

    @Override
    void run(VolumeOpener opener) {
        List<Location> locations = locations(operands.value());
        Location to = locations.get(locations.size() - 1);
        List<Location> sources = locations.subList(0, locations.size() - 1);
        Endpoint destination;
        try {
            destination = opener.open(to, false);
            if (sources.size() > 1) {
                requireDirectory(destination);
            }
        } catch (IOException e) {
            failed(verb + " to", to, e);
            return;
        }
        ProgressLine line = flashdeck.environment().terminal() ? new ProgressLine(err(), System::nanoTime) : null;
        eachOperand(sources, verb, source -> {
            CopyPlan plan = CopyPlan.resolve(opener.open(source, readsSources), destination, to.endsWithSlash(),
                    recursive());
            try {
                transfer(plan, line != null ? line : TransferProgress.NONE);
            } finally {
                if (line != null) {
                    line.clear(); // before an error line, and before the next source
                }
            }
        });
        finished();
    }

    private static void requireDirectory(Endpoint destination) throws IOException {
        FileEntry entry = destination.find()
                .orElseThrow(() -> new NoSuchFileException(destination.path().toString()));
        if (!entry.isDirectory()) {
            throw new NotDirectoryException(destination.path().toString());
        }
    }
}
