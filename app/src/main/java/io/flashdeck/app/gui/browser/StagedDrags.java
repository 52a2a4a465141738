package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.transfer.DragStaging;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drags out of a camera or an image staged lately, so that dragging the same files again
 * offers the copies already downloaded (or still downloading) instead of fetching them a second
 * time over a camera's serial line.
 *
 * <p>The same files means the same volume and, file by file, the same path, size and modified
 * time as listed when the drag began: a file changed since is listed anew, and fetched anew. A
 * selection holding a folder is always fetched anew, as a folder's listed time does not change
 * when a file inside it does. A staged drag is forgotten when one of its downloads does not end
 * complete, when a pane took the drag (its downloads are withdrawn), when a downloaded copy is
 * gone from the folder, and once the folder is old enough to be removed before the desktop reads
 * a new drop. FX thread.
 */
final class StagedDrags {

    /** Offered again only while younger than this: the folder is kept {@link DragStaging#KEPT} after it is made. */
    static final Duration REUSABLE = DragStaging.KEPT.dividedBy(2);

    private record Selection(Volume volume, List<FileEntry> files) {
    }

    /** Where a drag was staged, when, and whether its downloads have all ended complete. */
    private static final class Staged {
        final Path folder;
        final Instant made;
        int unfinished;

        Staged(Path folder, Instant made, int files) {
            this.folder = folder;
            this.made = made;
            this.unfinished = files;
        }

        boolean reusableAt(Instant now) {
            return now.isBefore(made.plus(REUSABLE));
        }
    }

    private final Map<Selection, Staged> staged = new HashMap<>();

    /** The folder an earlier drag of the same files of {@code volume} is staged in, if it can serve again. */
    Optional<Path> folderFor(Volume volume, List<FileEntry> selection, Instant now) {
        Selection key = new Selection(volume, selection);
        Staged earlier = staged.get(key);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.reusableAt(now) || earlier.unfinished == 0 && !allThere(earlier.folder, selection)) {
            staged.remove(key);
            return Optional.empty();
        }
        return Optional.of(earlier.folder);
    }

    /** A new drag of {@code selection} staged in {@code folder}; a selection with a folder is not kept. */
    void staged(Volume volume, List<FileEntry> selection, Path folder, Instant made) {
        staged.values().removeIf(drag -> !drag.reusableAt(made));
        if (selection.stream().allMatch(FileEntry::isFile)) {
            staged.put(new Selection(volume, List.copyOf(selection)), new Staged(folder, made, selection.size()));
        }
    }

    /** One download into {@code folder} ended complete. */
    void finished(Path folder) {
        staged.values().stream().filter(drag -> drag.folder.equals(folder)).forEach(drag -> drag.unfinished--);
    }

    /** The drag staged in {@code folder} cannot serve again: a download failed or was withdrawn. */
    void forget(Path folder) {
        staged.values().removeIf(drag -> drag.folder.equals(folder));
    }

    private static boolean allThere(Path folder, List<FileEntry> selection) {
        return selection.stream().allMatch(file -> Files.isRegularFile(folder.resolve(file.name())));
    }
}
