package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a transfer: a path on a volume. Two endpoints are on the same volume only when they
 * hold the same {@link Volume} object, so openers must hand out one object per medium.
 */
public record Endpoint(Volume volume, VolumePath path) {

    public Endpoint {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(path, "path");
    }

    public FileEntry stat() throws IOException {
        return volume.stat(path);
    }

    public Optional<FileEntry> find() throws IOException {
        return volume.find(path);
    }

    public Endpoint child(String name) {
        return new Endpoint(volume, path.resolve(name));
    }

    public boolean onSameVolume(Endpoint other) {
        return volume == other.volume;
    }

    @Override
    public String toString() {
        return volume.name() + ":" + path;
    }
}
