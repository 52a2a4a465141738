package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a FAT volume inside a disk image: the one seam between the command line and the FAT
 * engine. {@code CliEnvironment.system()} names the implementation in use
 * ({@link FatImageProvider}); tests may use their own.
 */
@FunctionalInterface
public interface ImageVolumeProvider {

    /**
     * Opens the volume; the caller closes it.
     *
     * @param image     an existing regular file, absolute and with links resolved
     * @param partition 1-based partition number, or null for the only FAT partition or the bare volume
     * @param readOnly  nothing will be written; open the file read-only
     */
    Volume open(Path image, Integer partition, boolean readOnly) throws IOException;

    /** This provider storing new non-ASCII names in {@code style}; providers without names ignore it. */
    default ImageVolumeProvider withNameStyle(NameStyle style) {
        return this;
    }
}
