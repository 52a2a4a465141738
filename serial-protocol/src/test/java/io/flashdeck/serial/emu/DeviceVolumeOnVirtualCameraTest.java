package io.flashdeck.serial.emu;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolumeContract;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link io.flashdeck.serial.device.DeviceVolume} on the virtual camera, its {@code /flash}
 * formatted first (through the agent); the images are checked by mtools and fsck.fat.
 */
class DeviceVolumeOnVirtualCameraTest extends DeviceVolumeContract {

    @TempDir
    Path images;
    private TestCamera camera;

    @Override
    protected DeviceSession connect() throws IOException {
        camera = TestCamera.start(images);
        DeviceSession opened = camera.session();
        opened.format("/flash");
        return opened;
    }

    @Override
    protected List<byte[]> storedNames(String directory) {
        return camera.storedNames(directory);
    }

    @Override
    protected List<String> hostileNames() {
        return HOSTILE_FAT_NAMES;
    }

    /** The 2 MiB flash as {@code VfsFat.mkfs} formats it: FAT12 with 1 KiB clusters. */
    @Override
    protected void checkSpace(SpaceInfo space) {
        assertThat(space.fileSystem()).isEqualTo("fat");
        assertThat(space.blockSize()).isEqualTo(1024);
        assertThat(space.totalBytes()).isBetween(1900L * 1024, 2048L * 1024);
    }

    @AfterEach
    void stopCamera() throws IOException {
        camera.close();
    }
}
