package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the FAT engine behind the image seam: "image" {@code X.img} opens the host
 * directory {@code X.img.d} next to it as a volume, so image locations, volume roots and
 * cross-volume transfers can be exercised end to end before the engine lands. Records each call.
 */
public final class DirectoryImages implements ImageVolumeProvider {

    public final List<String> calls = new ArrayList<>();

    @Override
    public Volume open(Path image, Integer partition, boolean readOnly) throws IOException {
        calls.add(image.getFileName() + " " + partition + " " + (readOnly ? "ro" : "rw"));
        return new HostVolume(image.resolveSibling(image.getFileName() + ".d"), readOnly);
    }
}
