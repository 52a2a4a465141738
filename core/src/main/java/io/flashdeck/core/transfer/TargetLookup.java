package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.Optional;

/**
 * How a copy finds out what is already at a target path: by asking the volume each time
 * ({@code volume::find}), or from listings it keeps ({@link TargetListings}).
 */
@FunctionalInterface
interface TargetLookup {

    /** The entry at {@code path}, or empty when nothing is there. */
    Optional<FileEntry> find(VolumePath path) throws IOException;

    /** This copy put {@code entry} on the target; a lookup that asks the volume each time needs no news. */
    default void added(FileEntry entry) {
    }
}
