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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ls, cp, mv, rm, mkdir, cat and sha256 on real MicroPython through cam@PORT: locations. */
class CameraFilesOnMicroPythonTest extends OnMicroPythonCamera {

    @Test
    void listsTheMountsAtTheRootAndTheFilesOfAMount() throws IOException {
        Files.writeString(cam.work().resolve("main.py"), "print('hi')\n");
        cam.ok("cp", "main.py", cam.at("/flash/"));
        cam.ok("mkdir", cam.at("/sdcard/DCIM"));

        assertThat(cam.ok("ls", cam.at("/")).outLines()).containsExactly("flash", "sdcard");
        assertThat(cam.ok("ls", cam.at("/flash")).outLines()).containsExactly("main.py");
        assertThat(cam.ok("ls", "-R", cam.at("/")).outLines()).containsSubsequence(cam.at("/") + ":", "flash",
                "sdcard", cam.at("/flash") + ":", "main.py", cam.at("/sdcard") + ":", "DCIM",
                cam.at("/sdcard/DCIM") + ":");
        assertThat(cam.ok("ls", "--json", cam.at("/flash/main.py")).out)
                .contains("\"name\":\"main.py\"", "\"type\":\"file\"", "\"size\":12");
    }

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

    @Test
    void makesMovesAndRemoves() throws IOException {
        cam.ok("mkdir", "-p", cam.at("/flash/lib/sub"));
        Files.writeString(cam.work().resolve("x.py"), "x = 1\n");
        cam.ok("cp", "x.py", cam.at("/flash/lib/sub/"));
        cam.ok("mv", cam.at("/flash/lib/sub/x.py"), cam.at("/flash/y.py"));
        cam.ok("mv", cam.at("/flash/y.py"), cam.at("/sdcard/"));
        assertThat(cam.ok("ls", cam.at("/flash/lib/sub")).out).isEmpty();
        assertThat(cam.ok("cat", cam.at("/sdcard/y.py")).out).isEqualTo("x = 1\n");

        cam.ok("mv", cam.at("/sdcard/y.py"), "z.py");
        assertThat(cam.work().resolve("z.py")).hasContent("x = 1");
        assertThat(cam.ok("ls", cam.at("/sdcard")).out).isEmpty();

        assertThat(cam.fails("rm", cam.at("/flash/lib")))
                .isEqualTo("flashdeck: cannot remove " + cam.at("/flash/lib") + ": is a directory");
        cam.ok("rm", "-r", cam.at("/flash/lib"));
        assertThat(cam.ok("ls", cam.at("/flash")).out).isEmpty();
    }

    @Test
    void catAndSha256MatchTheHost() throws IOException {
        byte[] content = new byte[70_000];
        new Random(7).nextBytes(content);
        Files.write(cam.work().resolve("blob.bin"), content);
        cam.ok("cp", "blob.bin", cam.at("/sdcard/blob.bin"));

        assertThat(cam.ok("cat", cam.at("/sdcard/blob.bin")).outBytes).isEqualTo(content);
        String sha = TreeSnapshot.sha256(cam.work().resolve("blob.bin"));
        assertThat(cam.ok("sha256", cam.at("/sdcard/blob.bin")).out)
                .isEqualTo(sha + "  " + cam.at("/sdcard/blob.bin") + "\n");
        assertThat(cam.ok("sha256", "blob.bin").out).startsWith(sha);
    }

    @Test
    void pathsOnNoMountAndMissingFilesAreClearErrors() {
        assertThat(cam.fails("ls", cam.at("/nowhere")))
                .isEqualTo("flashdeck: cannot access " + cam.at("/nowhere")
                        + ": not on any mount of the camera (mounts: /flash, /sdcard)");
        assertThat(cam.fails("cat", cam.at("/flash/missing.py")))
                .isEqualTo("flashdeck: cannot read " + cam.at("/flash/missing.py") + ": no such file");
        assertThat(cam.fails("mkdir", cam.at("/flash")))
                .startsWith("flashdeck: cannot create directory " + cam.at("/flash") + ": ");
    }
}
