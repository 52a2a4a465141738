package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** Applies a {@link ConflictPolicy} to one file about to land on a target path. */
final class ConflictResolver {

    private final ConflictPolicy policy;

    ConflictResolver(ConflictPolicy policy) {
        this.policy = policy;
    }

    /** Where {@code source} should be written, or empty when it is to be left uncopied. */
    Optional<VolumePath> place(Endpoint source, FileEntry sourceEntry, Endpoint target) throws IOException {
        Optional<FileEntry> existing = target.find();
        if (existing.isEmpty()) {
            return Optional.of(target.path());
        }
        if (existing.get().isDirectory()) {
            throw TransferErrors.fileOverDirectory(target.path());
        }
        switch (policy) {
            case SKIP:
                return Optional.empty();
            case SKIP_UNCHANGED:
                return unchanged(source, sourceEntry, existing.get(), target)
                        ? Optional.empty() : Optional.of(target.path());
            case KEEP_BOTH:
                return Optional.of(FreeNames.firstFree(target.volume(), target.path()));
            default:
                return Optional.of(target.path());
        }
    }

    private static boolean unchanged(Endpoint source, FileEntry sourceEntry, FileEntry existing, Endpoint target)
            throws IOException {
        return sourceEntry.size() == existing.size()
                && Arrays.equals(source.volume().sha256(source.path()), target.volume().sha256(target.path()));
    }
}
