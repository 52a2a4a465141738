package io.flashdeck.serial.emu;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolume;
import io.flashdeck.serial.testing.TestCamera;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualCameraSmokeTest {

    @TempDir
    Path dir;

    @Test
    void listsAndTransfers() throws Exception {
        try (TestCamera camera = TestCamera.start(dir); DeviceSession session = camera.session()) {
            DeviceVolume flash = session.volume("/flash");
            assertThat(flash.list(VolumePath.ROOT)).extracting(FileEntry::name)
                    .containsExactlyInAnyOrder("main.py", "README.txt", ".openmv_disk");
            byte[] data = new byte[300_000];
            new Random(1).nextBytes(data);
            flash.write(VolumePath.of("data.bin"), new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
            try (InputStream in = flash.openRead(VolumePath.of("data.bin"))) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
            System.out.println(session.mounts() + " " + session.info());
        }
    }
}
