package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.VolumePath;
import java.nio.file.Path;

/**
 * A path inside a FAT disk image: {@code flash.img:/main.py} or {@code disk.img@2:/DCIM}.
 *
 * @param image     the image file, absolute
 * @param partition the 1-based partition number, or null for the only FAT partition or the bare volume
 */
public record ImageLocation(String text, Path image, Integer partition, VolumePath path, boolean endsWithSlash)
        implements Location {
}
