package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.Volume;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a FAT volume inside a disk image: the one seam between the command line and the FAT
 * engine. {@code CliEnvironment.system()} names the implementation in use.
 */
@FunctionalInterface
public interface ImageVolumeProvider {

    /** Used until the FAT engine is plugged in. */
    ImageVolumeProvider UNSUPPORTED = new ImageVolumeProvider() {
        @Override
        public Volume open(Path image, Integer partition, boolean readOnly) throws IOException {
            throw new IOException("images are not supported yet");
        }
    };

    /**
     * Opens the volume; the caller closes it.
     *
     * @param image     an existing regular file, absolute and with links resolved
     * @param partition 1-based partition number, or null for the only FAT partition or the bare volume
     * @param readOnly  nothing will be written; open the file read-only
     */
    Volume open(Path image, Integer partition, boolean readOnly) throws IOException;
}
