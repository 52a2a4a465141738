package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.Optional;

/** Applies the {@link ConflictPolicy} its decider chooses to one file about to land on a target path. */
final class ConflictResolver {

    private final ConflictDecider decider;

    ConflictResolver(ConflictDecider decider) {
        this.decider = decider;
    }

    /** Where {@code source} should be written, or empty when it is to be left uncopied. */
    Optional<VolumePath> place(Endpoint source, FileEntry sourceEntry, Endpoint target) throws IOException {
        return place(source, sourceEntry, target, target.volume()::find);
    }

    /** Like {@link #place(Endpoint, FileEntry, Endpoint)}, seeing the target through {@code lookup}. */
    Optional<VolumePath> place(Endpoint source, FileEntry sourceEntry, Endpoint target, TargetLookup lookup)
            throws IOException {
        Optional<FileEntry> existing = lookup.find(target.path());
        if (existing.isEmpty()) {
            return Optional.of(target.path());
        }
        if (existing.get().isDirectory()) {
            throw TransferErrors.fileOverDirectory(target.path());
        }
        switch (decider.decide(source, sourceEntry, target, existing.get())) {
            case SKIP:
                return Optional.empty();
            case SKIP_UNCHANGED:
                return SameContent.check(source, sourceEntry, target, existing.get())
                        ? Optional.empty() : Optional.of(target.path());
            case KEEP_BOTH:
                return Optional.of(FreeNames.firstFree(lookup, target.path()));
            default:
                return Optional.of(target.path());
        }
    }
}
