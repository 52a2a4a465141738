package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.DeviceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cp to and from real MicroPython through cam@PORT: locations: trees, unchanged files skipped, the whole camera. */
class CameraCopiesOnMicroPythonTest extends OnMicroPythonCamera {

    @Test
    void copiesTreesBothWaysAndSkipsUnchangedFiles() throws IOException {
        Path src = Files.createDirectories(cam.work().resolve("src"));
        RandomTree tree = RandomTree.create(src, 42, 20, 40_000);

        cam.ok("cp", "-r", "src", cam.at("/flash/"));
        try (DeviceSession session = cam.session()) {
            assertThat(TreeSnapshot.ofVolume(session.volume("/flash"), VolumePath.of("src")))
                    .isEqualTo(TreeSnapshot.ofHost(src));
        }
        cam.ok("cp", "-r", cam.at("/flash/src"), "back");
        assertThat(TreeSnapshot.ofHost(cam.work().resolve("back"))).isEqualTo(TreeSnapshot.ofHost(src));

        CliRun again = cam.ok("cp", "-r", "src", cam.at("/flash/"));
        assertThat(again.outLines()).containsExactly("skipped (unchanged): " + tree.files().size() + " files");
    }

    @Test
    void aChangedFileIsCopiedAndForceCopiesAnUnchangedOne() throws Exception {
        Path file = cam.work().resolve("a.txt");
        Files.writeString(file, "one");
        cam.ok("cp", "a.txt", cam.at("/flash/a.txt"));
        assertThat(cam.ok("cp", "a.txt", cam.at("/flash/a.txt")).out).isEqualTo("skipped (unchanged): 1 file\n");

        Files.writeString(file, "two");
        assertThat(cam.ok("cp", "a.txt", cam.at("/flash/a.txt")).out).isEmpty();
        assertThat(cam.ok("cat", cam.at("/flash/a.txt")).out).isEqualTo("two");

        // The device's clock counts whole seconds: a second later, a rewrite shows in the time.
        String written = modified(cam.at("/flash/a.txt"));
        Thread.sleep(1100);
        cam.ok("cp", "a.txt", cam.at("/flash/a.txt"));
        assertThat(modified(cam.at("/flash/a.txt"))).isEqualTo(written);
        assertThat(cam.ok("cp", "--force", "a.txt", cam.at("/flash/a.txt")).out).isEmpty();
        assertThat(modified(cam.at("/flash/a.txt"))).isGreaterThan(written);
    }

    private String modified(String location) throws IOException {
        return new ObjectMapper().readTree(cam.ok("ls", "--json", location).out).get("modified").asText();
    }

    @Test
    void copiesTheWholeCameraFromItsRoot() throws IOException {
        Files.writeString(cam.work().resolve("main.py"), "print(1)");
        cam.ok("cp", "main.py", cam.at("/flash/"));
        cam.ok("mkdir", cam.at("/sdcard/DCIM"));
        cam.ok("cp", "main.py", cam.at("/sdcard/DCIM/b.py"));

        cam.ok("cp", "-r", cam.at("/"), "backup");
        assertThat(TreeSnapshot.ofHost(cam.work().resolve("backup"))).containsOnlyKeys("/flash", "/flash/main.py",
                "/sdcard", "/sdcard/DCIM", "/sdcard/DCIM/b.py");
        assertThat(cam.fails("cp", "main.py", cam.at("/"))).isEqualTo("flashdeck: cannot copy main.py: /main.py: "
                + "not on any mount of the camera (mounts: /flash, /sdcard)");
    }

    @Test
    void whereTheRootIsAVolumeItsFilesAreListedWithTheMounts(@TempDir Path other) throws Exception {
        try (MicroPythonCamera rootMounted = MicroPythonCamera.start(other)) {
            assertThat(rootMounted.ok("df", "--json", rootMounted.at("")).outLines()).hasSize(3);
            assertThat(rootMounted.ok("ls", rootMounted.at("/")).outLines()).contains("flash", "sdcard", "flashdir");
            Files.writeString(rootMounted.work().resolve("boot.py"), "pass");
            rootMounted.ok("cp", "boot.py", rootMounted.at("/"));
            assertThat(rootMounted.ok("cat", rootMounted.at("/boot.py")).out).isEqualTo("pass");
        }
    }
}
