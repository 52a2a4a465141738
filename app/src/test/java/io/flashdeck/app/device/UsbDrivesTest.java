package io.flashdeck.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbDrivesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFatMountsOfProcMounts() {
        List<String> lines = List.of(
                "/dev/sda2 / ext4 rw,relatime 0 0",
                "proc /proc proc rw,nosuid 0 0",
                "/dev/sdb1 /media/me/NO\\040NAME vfat rw,nosuid,uid=1000 0 0",
                "/dev/sdc1 /run/media/me/CARD exfat rw 0 0",
                "/dev/sdd1 /mnt/old msdos ro 0 0");
        assertThat(UsbDrives.fatMounts(lines)).containsExactly(Path.of("/media/me/NO NAME"),
                Path.of("/run/media/me/CARD"), Path.of("/mnt/old"));
    }

    @Test
    void aCamerasDriveHoldsTheMarker() throws Exception {
        Path camera = Files.createDirectories(dir.resolve("NO NAME"));
        Files.createFile(camera.resolve(UsbDrives.MARKER));
        Path stick = Files.createDirectories(dir.resolve("STICK"));
        Files.createDirectories(stick.resolve(UsbDrives.MARKER + "-not"));
        Path markerFolder = Files.createDirectories(dir.resolve("ODD"));
        Files.createDirectories(markerFolder.resolve(UsbDrives.MARKER));

        List<Path> found = UsbDrives.openMvDrives(List.of(stick, camera, markerFolder, dir.resolve("gone")));

        assertThat(found).containsExactly(camera);
        assertThat(UsbDrives.warning(found)).startsWith("The camera's drive is also mounted on this computer ("
                + camera + ")").contains("eject that drive");
        assertThat(UsbDrives.warning(List.of())).isEmpty();
    }
}
