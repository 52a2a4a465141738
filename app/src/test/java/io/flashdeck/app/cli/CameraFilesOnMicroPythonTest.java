package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ls, mv, rm, mkdir, cat and sha256 on real MicroPython through cam@PORT: locations. */
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
