package io.flashdeck.app.cli.location;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Opens locations as volume endpoints for one command. Each medium is opened once, so that two
 * locations on one image share one volume (two writers on one image would corrupt it, and
 * transfers recognise a same-volume move by the volume object). A command opens the locations it
 * writes to before those it only reads, since a volume opened read-only is not reopened for writing.
 * Cameras are connected once each through {@link CameraConnections}; their mounts are never read-only here.
 */
public final class VolumeOpener {

    private final ImageVolumeProvider images;
    private final CameraConnections cameras;
    private final Map<Object, Opened> volumes = new LinkedHashMap<>();
    private final Map<Location, VolumePath> pathsWithin = new HashMap<>();

    private record Opened(Volume volume, boolean readOnly) {
    }

    private record ImageKey(Path image, Integer partition) {

        // Written out: a record's own equals and hashCode link a method-handle bootstrap the
        // first time they run, milliseconds of every command's start.
        @Override
        public boolean equals(Object o) {
            return o instanceof ImageKey other && other.image.equals(image) && Objects.equals(other.partition, partition);
        }

        @Override
        public int hashCode() {
            return image.hashCode() * 31 + Objects.hashCode(partition);
        }
    }

    @FunctionalInterface
    private interface VolumeFactory {
        Volume open() throws IOException;
    }

    public VolumeOpener(ImageVolumeProvider images, CameraAccess cameras) {
        this.images = images;
        this.cameras = new CameraConnections(cameras);
    }

    /** The cameras of this command, for commands that talk to a device rather than to its files. */
    public CameraConnections cameras() {
        return cameras;
    }

    public Endpoint open(Location location, boolean readOnly) throws IOException {
        Volume volume;
        if (location instanceof HostLocation host) {
            volume = volume(host.root(), readOnly, () -> new HostVolume(host.root(), readOnly));
        } else if (location instanceof ImageLocation image) {
            Path real = image.image().toRealPath();
            volume = volume(new ImageKey(real, image.partition()), readOnly,
                    () -> images.open(real, image.partition(), readOnly));
        } else {
            CameraLocation camera = (CameraLocation) location;
            Endpoint endpoint = cameras.camera(camera).endpoint(camera.path());
            pathsWithin.put(location, endpoint.path());
            return endpoint;
        }
        return new Endpoint(volume, location.path());
    }

    /**
     * Where an opened location lies within its volume, when that differs from its path as named:
     * {@code cam:/flash/lib} is {@code /lib} on the volume of the mount {@code /flash}.
     */
    public Optional<VolumePath> pathWithinVolume(Location location) {
        return Optional.ofNullable(pathsWithin.get(location));
    }

    private Volume volume(Object key, boolean readOnly, VolumeFactory factory) throws IOException {
        Opened opened = volumes.get(key);
        if (opened == null) {
            opened = new Opened(factory.open(), readOnly);
            volumes.put(key, opened);
        } else if (opened.readOnly() && !readOnly) {
            throw new IllegalStateException(key + " was opened read-only before it was needed for writing");
        }
        return opened.volume();
    }

    /**
     * Closes every volume opened, in order, then the cameras' connections; each failure goes to
     * {@code onFailure} with the volume's or camera's name.
     */
    public void closeAll(BiConsumer<String, IOException> onFailure) {
        List<Opened> open = new ArrayList<>(volumes.values());
        volumes.clear();
        for (Opened opened : open) {
            try {
                opened.volume().close();
            } catch (IOException e) {
                onFailure.accept(opened.volume().name(), e);
            }
        }
        cameras.closeAll(onFailure);
    }
}
