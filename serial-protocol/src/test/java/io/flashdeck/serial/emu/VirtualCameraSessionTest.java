package io.flashdeck.serial.emu;

import static io.flashdeck.serial.device.DeviceVolumeContract.bytes;
import static io.flashdeck.serial.device.DeviceVolumeContract.names;
import static io.flashdeck.serial.device.DeviceVolumeContract.path;
import static io.flashdeck.serial.device.DeviceVolumeContract.random;
import static io.flashdeck.serial.device.DeviceVolumeContract.read;
import static io.flashdeck.serial.device.DeviceVolumeContract.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolume;
import io.flashdeck.serial.link.PipeLink;
import io.flashdeck.serial.testing.LinkText;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions with the virtual camera: busy at power-up, resets, formatting, a full flash, restarts. */
class VirtualCameraSessionTest {

    private static final String DEFAULT_MAIN_START = "import time\nfrom machine import LED\n\nled = LED(\"LED_BLUE\")\n";

    @TempDir
    Path dir;
    private TestCamera camera;

    @AfterEach
    void stop() throws IOException {
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void aPrintingMainPyIsInterruptedAndTheFlashListed() throws IOException {
        camera = TestCamera.start(dir, settings -> settings.withBusy(true));
        String printed = LinkText.readUntil(camera.link(), "frame 20, 29.97 fps\r\n", Duration.ofSeconds(3));
        assertThat(printed).startsWith("frame 0, 29.97 fps\r\nframe 1, 29.97 fps\r\n");

        try (DeviceSession session = camera.session()) {
            assertThat(names(session.volume("/flash").list(VolumePath.ROOT)))
                    .containsExactlyInAnyOrder("main.py", "README.txt", ".openmv_disk");
        }
    }

    @Test
    void theAgentIsPastedOncePerPowerUpAndAgainAfterASoftReset() throws IOException {
        camera = TestCamera.start(dir);
        DeviceSession first = camera.session();
        write(first.volume("/flash"), "/kept.txt", bytes("files survive"));
        DeviceSession second = camera.session();

        assertThat(first.agentPasted()).isTrue();
        assertThat(second.agentPasted()).isFalse();
        second.softReset();
        assertThat(second.agentPasted()).isTrue();
        assertThat(read(second.volume("/flash"), "/kept.txt")).isEqualTo(bytes("files survive"));
    }

    @Test
    void aHardResetReenumeratesAndTheNextConnectionWorks() throws IOException {
        camera = TestCamera.start(dir);
        PipeLink before = camera.link();
        DeviceSession session = camera.session();
        write(session.volume("/flash"), "/kept.txt", bytes("files survive"));

        session.hardReset();
        camera.camera().awaitReconnect(before, Duration.ofSeconds(3));

        try (DeviceSession next = camera.session()) {
            assertThat(next.agentPasted()).isTrue();
            assertThat(read(next.volume("/flash"), "/kept.txt")).isEqualTo(bytes("files survive"));
        }
    }

    @Test
    void formatEmptiesAVolumeAndFactoryResetWritesOpenMvsFiles() throws IOException {
        camera = TestCamera.start(dir);
        try (DeviceSession session = camera.session()) {
            DeviceVolume flash = session.volume("/flash");
            byte[] seededMain = read(flash, "/main.py");
            write(flash, "/mine.py", bytes("print('mine')"));
            flash.mkdir(path("/lib"));
            write(session.volume("/sdcard"), "/photo.jpg", new byte[100_000]);

            session.format("/flash");
            session.format("/sdcard");
            assertThat(flash.list(VolumePath.ROOT)).isEmpty();
            assertThat(session.volume("/sdcard").list(VolumePath.ROOT)).isEmpty();
            assertThat(flash.space().freeBytes()).isEqualTo(flash.space().totalBytes());

            session.factoryReset("/flash");
            assertThat(names(flash.list(VolumePath.ROOT))).containsExactlyInAnyOrder("main.py", "README.txt", ".openmv_disk");
            assertThat(read(flash, "/main.py")).isEqualTo(seededMain).startsWith(bytes(DEFAULT_MAIN_START));
            assertThat(new String(read(flash, "/README.txt"))).contains("https://openmv.io/pages/download");
            assertThat(read(flash, "/.openmv_disk")).isEmpty();
        }
        assertThat(camera.storedNames("/flash")).extracting(String::new)
                .containsExactlyInAnyOrder("main.py", "README.txt", ".openmv_disk");
    }

    @Test
    void aFullFlashRefusesWritesClearlyAndKeepsTheOldFile() throws IOException {
        camera = TestCamera.start(dir);
        try (DeviceSession session = camera.session()) {
            DeviceVolume flash = session.volume("/flash");
            byte[] old = random(1_500_000, 1);
            write(flash, "/data.bin", old);

            assertThatThrownBy(() -> write(flash, "/more.bin", random(600_000, 2)))
                    .isInstanceOf(VolumeFullException.class).hasMessageContaining("no space").hasMessageContaining("more.bin");
            assertThatThrownBy(() -> write(flash, "/data.bin", random(1_000_000, 3)))
                    .isInstanceOf(VolumeFullException.class);

            assertThat(read(flash, "/data.bin")).isEqualTo(old);
            write(flash, "/small.bin", bytes("fits"));
            assertThat(read(flash, "/small.bin")).isEqualTo(bytes("fits"));
        }
        assertThat(camera.storedNames("/flash")).extracting(String::new)
                .containsExactlyInAnyOrder("main.py", "README.txt", ".openmv_disk", "data.bin", "small.bin");
    }

    @Test
    void aCameraWithoutACardMountsOnlyItsFlash() throws IOException {
        camera = TestCamera.start(dir, settings -> settings.withSdcardImage(null));
        try (DeviceSession session = camera.session()) {
            assertThat(session.mounts()).extracting(m -> m.path()).containsExactly("/flash");
            assertThatThrownBy(() -> session.format("/sdcard")).isInstanceOf(IOException.class)
                    .hasMessageContaining("/sdcard");
            assertThat(names(session.volume("/flash").list(VolumePath.ROOT))).contains("main.py");
        }
    }

    @Test
    void keepsItsImagesAcrossPowerCyclesAndSeedsThemOnce() throws IOException {
        camera = TestCamera.start(dir);
        try (DeviceSession session = camera.session()) {
            DeviceVolume flash = session.volume("/flash");
            flash.delete(path("/README.txt"));
            write(flash, "/kept.txt", bytes("still here"));
        }
        camera.close();

        camera = TestCamera.start(dir);
        try (DeviceSession session = camera.session()) {
            DeviceVolume flash = session.volume("/flash");
            assertThat(names(flash.list(VolumePath.ROOT))).containsExactlyInAnyOrder("main.py", ".openmv_disk", "kept.txt");
            assertThat(read(flash, "/kept.txt")).isEqualTo(bytes("still here"));
        }
    }
}
