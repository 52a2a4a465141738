package io.flashdeck.app.gui.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.app.cli.location.VirtualCameraConnector;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.MountInfo;
import io.flashdeck.serial.testing.CuttingLink;
import io.flashdeck.serial.testing.TestCamera;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sidebar camera's connection to the virtual camera: made on first use, ended by eject and hard reset, made again. */
class CameraConnectionTest {

    @TempDir
    Path dir;

    int connects;
    CuttingLink cable;
    CameraConnection connection;
    MountVolume flash;

    @BeforeEach
    void connect() {
        VirtualCameraConnector camera = new VirtualCameraConnector(dir);
        connection = new CameraConnection("emu", () -> {
            connects++;
            cable = new CuttingLink(camera.connect(null));
            return cable;
        }, TestCamera.settings());
        flash = new MountVolume(connection, "/flash", "emu:/flash");
    }

    @AfterEach
    void close() throws Exception {
        connection.eject();
    }

    @Test
    void connectsOnFirstUseOnly() throws Exception {
        assertThat(connection.isConnected()).isFalse();
        assertThat(connection.mounts()).extracting(MountInfo::path).containsExactly("/flash", "/sdcard");
        assertThat(flash.list(VolumePath.ROOT)).isNotEmpty();
        assertThat(connects).isEqualTo(1);
    }

    @Test
    void theMountVolumeOutlivesAnEject() throws Exception {
        write("/kept.txt", "written before the eject");
        connection.eject();
        assertThat(connection.isConnected()).isFalse();

        assertThat(new String(flash.openRead(VolumePath.parse("/kept.txt")).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("written before the eject");
        assertThat(connects).isEqualTo(2);
    }

    @Test
    void aHardResetConnectsAgain() throws Exception {
        write("/kept.txt", "on the flash");
        Duration away = connection.hardReset();

        assertThat(away).isLessThan(Duration.ofSeconds(10));
        assertThat(connection.isConnected()).isTrue();
        assertThat(connects).isEqualTo(2);
        assertThat(flash.stat(VolumePath.parse("/kept.txt")).size()).isEqualTo(12);
    }

    @Test
    void aCutCableIsNoticedAndTheNextUseConnectsAgain() throws Exception {
        write("/kept.txt", "on the flash");
        cable.cutAfter(0);
        assertThatThrownBy(() -> flash.list(VolumePath.ROOT)).isInstanceOf(IOException.class);

        assertThat(flash.stat(VolumePath.parse("/kept.txt")).size()).isEqualTo(12);
        assertThat(connects).isEqualTo(2);
    }

    @Test
    void closingEndsTheConnection() throws Exception {
        flash.list(VolumePath.ROOT);
        connection.close();
        assertThat(connection.isConnected()).isFalse();
    }

    @Test
    void aSoftResetKeepsTheConnection() throws Exception {
        connection.softReset();
        assertThat(flash.list(VolumePath.ROOT)).isNotEmpty();
        assertThat(connects).isEqualTo(1);
    }

    private void write(String path, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        flash.write(VolumePath.parse(path), new ByteArrayInputStream(bytes), bytes.length, WriteOptions.DEFAULT);
    }
}
