package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.VolumePath;
import java.nio.file.Path;

/**
 * A path on the host file system.
 *
 * @param hostPath absolute and normalized ({@code ..} taken lexically, as {@link VolumePath} does)
 */
public record HostLocation(String text, Path hostPath, boolean endsWithSlash) implements Location {

    /** The root of the host file system that holds the path ({@code /}, or a drive such as {@code C:\}). */
    public Path root() {
        return hostPath.getRoot();
    }

    @Override
    public VolumePath path() {
        VolumePath path = VolumePath.ROOT;
        for (Path name : hostPath) {
            path = path.resolve(name.toString());
        }
        return path;
    }
}
