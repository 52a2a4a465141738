package io.flashdeck.app.gui.transfer;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.transfer.TreeWalker;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;
import java.util.List;

/**
 * How much one drag out of a pane may carry. The desktop reads the dragged files when the drop
 * happens, and JavaFX must name them when the drag starts, so the selection is downloaded into a
 * staging folder while the user drags: what is not complete at the drop is missing for the file
 * manager. A drag therefore carries about what its source delivers in the time a drag takes, with
 * slack: from a camera (some 1 MB/s over USB serial) 16 MiB, about 15 s, enough for photos and
 * scripts a few at a time; from a disk image on this computer 512 MiB, a few seconds of disk.
 * Anything larger is a job for Download to…, which waits as long as it takes.
 *
 * @param source   the kind of place, as in "a drag out of a camera"
 * @param maxBytes the most a drag may carry, folders counted with everything below them
 */
public record DragOutLimit(String source, long maxBytes) {

    public static final DragOutLimit CAMERA = new DragOutLimit("a camera", 16L << 20);
    public static final DragOutLimit IMAGE = new DragOutLimit("a disk image", 512L << 20);

    /** An image's FAT volume is read from this computer's disk; anything else is as slow as a camera. */
    public static DragOutLimit of(Volume volume) {
        return volume instanceof FatVolume ? IMAGE : CAMERA;
    }

    /** Refuses {@code bytes} above the limit, in words that point to Download to…. */
    public void check(long bytes) throws IOException {
        if (bytes > maxBytes) {
            throw new IOException(ByteSizes.format(bytes) + " is more than a drag out of " + source
                    + " may carry (" + ByteSizes.format(maxBytes) + "): use Download to… instead");
        }
    }

    /** The bytes of {@code entries}' files, folders walked; device work. */
    public static long sizeOf(Volume volume, List<FileEntry> entries) throws IOException {
        long total = 0;
        for (FileEntry entry : entries) {
            total += listedSize(TreeWalker.entries(volume, entry));
        }
        return total;
    }

    /** The bytes of the files among {@code entries}, as listed: known without asking the medium. */
    public static long listedSize(List<FileEntry> entries) {
        return entries.stream().filter(FileEntry::isFile).mapToLong(FileEntry::size).sum();
    }
}
