package io.flashdeck.core.transfer;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The target as it will be once the batch being placed is written: what the lookup finds there,
 * plus the files already placed in the batch. Keeping both files of a conflict must not choose a
 * name that an earlier file of the same batch is about to take.
 *
 * <p>Placed files are matched ignoring case, as FAT matches names: on a volume that tells case
 * apart this only ends a batch early now and then.
 */
final class PendingWrites implements TargetLookup {

    private final TargetLookup target;
    private final Map<String, FileEntry> pending = new LinkedHashMap<>();

    PendingWrites(TargetLookup target) {
        this.target = target;
    }

    @Override
    public Optional<FileEntry> find(VolumePath path) throws IOException {
        FileEntry placed = pending.get(key(path));
        return placed != null ? Optional.of(placed) : target.find(path);
    }

    /** Whether {@code path} would meet a file placed in this batch and not yet written. */
    boolean meetsPending(VolumePath path) {
        return pending.containsKey(key(path));
    }

    /** {@code entry} is placed in this batch, to be written with it. */
    void placed(FileEntry entry) {
        pending.put(key(entry.path()), entry);
    }

    /** The batch is written: its files are the target's now. */
    void written() {
        pending.values().forEach(target::added);
        pending.clear();
    }

    private static String key(VolumePath path) {
        return path.parent() + "/" + DisplayNames.caseKey(path.name());
    }
}
