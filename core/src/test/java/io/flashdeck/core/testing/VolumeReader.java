package io.flashdeck.core.testing;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads a whole volume, as tests of damaged volumes do: every directory listed, every entry
 * stated, every file read to its end, down to a depth limit (a damaged tree may loop). A file that
 * cannot be read is passed over, so one bad file does not hide the rest; its error must say why.
 */
public final class VolumeReader {

    private VolumeReader() {
    }

    /**
     * Opens the FAT volume filling {@code device} read-only and reads all of it, its space and label
     * too; a damaged volume may stop that with an {@link IOException}, which must say why.
     */
    public static void readFatVolume(BlockDevice device, int maxDepth) {
        try (FatVolume volume = FatVolume.open(device, "damaged.img", FatOptions.DEFAULT.withReadOnly(true))) {
            volume.space();
            volume.label();
            readAll(volume, maxDepth);
        } catch (IOException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an error without a message", e);
            }
        }
    }

    /** Reads everything below the root; returns how many files could not be read. */
    public static int readAll(Volume volume, int maxDepth) throws IOException {
        return read(volume, VolumePath.ROOT, maxDepth);
    }

    private static int read(Volume volume, VolumePath directory, int depthLeft) throws IOException {
        if (depthLeft < 0) {
            return 0;
        }
        int unreadable = 0;
        for (FileEntry entry : volume.list(directory)) {
            volume.stat(entry.path());
            if (entry.isDirectory()) {
                unreadable += read(volume, entry.path(), depthLeft - 1);
            } else {
                try (InputStream in = volume.openRead(entry.path())) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    if (e.getMessage() == null || e.getMessage().isBlank()) {
                        throw new AssertionError("an error without a message reading " + entry.path(), e);
                    }
                    unreadable++;
                }
            }
        }
        return unreadable;
    }
}
