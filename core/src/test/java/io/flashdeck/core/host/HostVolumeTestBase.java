package io.flashdeck.core.host;

import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests on real host directories: {@code volume} over {@code root}, {@code other} over {@code otherRoot}, both fresh. */
public abstract class HostVolumeTestBase {

    @TempDir
    protected Path root;
    @TempDir
    protected Path otherRoot;
    protected HostVolume volume;
    protected HostVolume other;

    @BeforeEach
    protected void openVolumes() throws IOException {
        volume = new HostVolume(root);
        other = new HostVolume(otherRoot);
    }

    /** {@code path} on {@code volume}. */
    protected Endpoint at(String path) {
        return new Endpoint(volume, VolumePath.parse(path));
    }
}
