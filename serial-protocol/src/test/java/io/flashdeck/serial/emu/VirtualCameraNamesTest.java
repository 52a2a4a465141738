package io.flashdeck.serial.emu;

import static io.flashdeck.serial.device.DeviceVolumeContract.bytes;
import static io.flashdeck.serial.device.DeviceVolumeContract.names;
import static io.flashdeck.serial.device.DeviceVolumeContract.path;
import static io.flashdeck.serial.device.DeviceVolumeContract.read;
import static io.flashdeck.serial.device.DeviceVolumeContract.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolume;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names cross as bytes (DESIGN.md §3): what a PC wrote on the camera's flash lists and moves under
 * the name the PC gave it, a long name outside code page 437 shows as its 8.3 name (the camera
 * cannot see the long one), a name FlashDeck writes is stored as a camera's script would, and
 * FatFs's refusals and trimming of names hold.
 */
class VirtualCameraNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesAPcWroteListAndMoveAsTheCameraSeesThem() throws IOException {
        TestCamera.start(dir).close(); // makes the images
        Path host = Files.createDirectories(dir.resolve("pc"));
        Files.writeString(host.resolve("Café.txt"), "from a PC");
        Files.writeString(host.resolve("日本語.txt"), "wide");
        Files.createDirectories(host.resolve("Dür"));
        Files.writeString(host.resolve("Dür").resolve("Straße.py"), "print('hi')");
        MTools pc = MTools.on(dir.resolve("flash.img"));
        pc.copyIn("::/", host.resolve("Café.txt"), host.resolve("日本語.txt"), host.resolve("Dür"));

        try (TestCamera camera = TestCamera.start(dir); DeviceSession session = camera.session()) {
            DeviceVolume flash = session.volume("/flash");
            List<String> listed = names(flash.list(VolumePath.ROOT));
            String wide = listed.stream().filter(n -> n.matches("[^.]{1,8}\\.TXT")).findFirst().orElseThrow();

            assertThat(listed).contains("Café.txt", "Dür").hasSize(6);
            assertThat(read(flash, "/Café.txt")).isEqualTo(bytes("from a PC"));
            assertThat(read(flash, "/" + wide)).isEqualTo(bytes("wide"));
            assertThat(read(flash, "/Dür/Straße.py")).isEqualTo(bytes("print('hi')"));

            flash.rename(path("/Café.txt"), path("/Dür/Café.txt"));
            write(flash, "/naïve.py", bytes("x"));
            assertThat(names(flash.list(path("/Dür")))).containsExactlyInAnyOrder("Straße.py", "Café.txt");
            assertThat(camera.storedNames("/flash")).contains(bytes("naïve.py"));
            assertThatThrownBy(() -> write(flash, "/what?.txt", bytes("x"))).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("refuses this name");
            write(flash, "/trailing. ", bytes("FatFs drops trailing dots and spaces"));
            assertThat(names(flash.list(VolumePath.ROOT))).contains("trailing").doesNotContain("trailing. ");
        }

        List<String> onPc = ExternalTool.run(List.of("mdir", "-/", "-b", "-a", "-i", pc.drive(), "::/")).requireSuccess().lines();
        assertThat(onPc).contains("::/Dür/Café.txt", "::/Dür/Straße.py", "::/日本語.txt",
                "::/na├»ve.py"); // as on a real camera: a script's UTF-8 bytes are code page 437 to a PC
    }
}
