package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** df, info, exec, reset, format and factory-reset on real MicroPython through cam@PORT:. */
class CameraDeviceCommandsOnMicroPythonTest extends OnMicroPythonCamera {

    @Test
    void dfShowsEveryMountAsTheDeviceMeasuresIt() throws IOException {
        List<JsonNode> mounts = json(cam.ok("df", "--json", cam.at("")));
        assertThat(mounts).extracting(node -> node.get("mount").asText()).containsExactly("/flash", "/sdcard");
        String statvfs = cam.ok("exec", cam.at(""), "import os\nfor m in ('/flash', '/sdcard'):\n"
                + "    s = os.statvfs(m)\n    print(s[1] * s[2], s[1] * s[4])").out;
        List<String> measured = new ArrayList<>();
        for (JsonNode mount : mounts) {
            assertThat(mount.get("camera").asText()).isEqualTo("cam@" + cam.port());
            assertThat(mount.get("fs").asText()).isEqualTo("posix");
            assertThat(mount.get("size").asLong()).isPositive();
            measured.add(mount.get("size").asLong() + " " + mount.get("free").asLong());
        }
        assertThat(statvfs.lines().toList()).isEqualTo(measured);

        assertThat(json(cam.ok("df", "--json", cam.at("/sdcard/DCIM")))).extracting(node -> node.get("mount").asText())
                .containsExactly("/sdcard");
        // the test's port path is longer than the name column: each name on a line of its own
        assertThat(cam.ok("df", cam.at("")).outLines()).hasSize(5)
                .satisfies(lines -> assertThat(lines.get(1)).isEqualTo(cam.at("/flash")))
                .satisfies(lines -> assertThat(lines.get(2)).contains("posix"))
                .satisfies(lines -> assertThat(lines.get(3)).isEqualTo(cam.at("/sdcard")));
    }

    @Test
    void infoShowsTheDeviceAndItsMounts() {
        CliRun info = cam.ok("info", "cam@" + cam.port());
        assertThat(info.outLines()).contains("Camera:       cam@" + cam.port(),
                "Firmware:     not OpenMV firmware");
        assertThat(info.out).contains("MicroPython:  micropython 1.27.0 on webassembly", "Free memory:  ",
                "Mounts:       /flash   posix", "              /sdcard  posix");
    }

    @Test
    void execPrintsWhatTheCodePrintsAndATracebackOnStderr() {
        assertThat(cam.ok("exec", cam.at(""), "print(1)").out).isEqualTo("1\n");

        CliRun raised = cam.run("exec", cam.at(""), "print('before')\n1/0");
        assertThat(raised.code).isEqualTo(1);
        assertThat(raised.out).isEqualTo("before\n");
        assertThat(raised.err).startsWith("Traceback (most recent call last):")
                .endsWith("ZeroDivisionError: divide by zero\n");
        assertThat(CliRun.logDirectory(cam.work())).as("the user's own error is not FlashDeck's").doesNotExist();
    }

    @Test
    void softResetForgetsPythonStateAndKeepsFiles() throws IOException {
        Files.writeString(cam.work().resolve("keep.txt"), "kept");
        cam.ok("cp", "keep.txt", cam.at("/flash/"));
        cam.ok("exec", cam.at(""), "marker = 42");
        assertThat(cam.ok("exec", cam.at(""), "print(marker)").out).isEqualTo("42\n");

        assertThat(cam.ok("reset", cam.at("")).out).isEqualTo("soft reset cam@" + cam.port() + "\n");

        assertThat(cam.run("exec", cam.at(""), "print(marker)").err).contains("NameError");
        assertThat(cam.ok("cat", cam.at("/flash/keep.txt")).out).isEqualTo("kept");
    }

    @Test
    void hardResetWaitsUntilTheCameraIsBack() {
        assertThat(cam.fails("reset", "--hard", cam.at("")))
                .startsWith("flashdeck: cannot reset " + cam.at("") + ": this device has no machine module");

        // The WebAssembly build has no machine module. One whose reset() raises SystemExit makes the
        // interpreter restart, as a board's reset does: Python state is lost and the REPL comes back.
        cam.ok("exec", cam.at(""), "import sys\nclass Machine:\n    @staticmethod\n    def reset():\n"
                + "        raise SystemExit\nsys.modules['machine'] = Machine\nmarker = 1");
        CliRun reset = cam.ok("reset", "--hard", cam.at(""));
        assertThat(reset.outLines()).hasSize(2);
        assertThat(reset.outLines().get(0)).isEqualTo("hard reset cam@" + cam.port() + ", waiting for it to come back...");
        assertThat(reset.outLines().get(1)).matches("cam@" + cam.port() + " is back after \\d+\\.\\d s");
        assertThat(cam.run("exec", cam.at(""), "print(marker)").err).contains("NameError");
    }

    @Test
    void formatAndFactoryResetSayWhatWouldBeLostAndNeedYes() throws IOException {
        Files.writeString(cam.work().resolve("a.py"), "12345");
        cam.ok("cp", "a.py", cam.at("/flash/"));
        cam.ok("mkdir", cam.at("/flash/lib"));
        cam.ok("cp", "a.py", cam.at("/flash/lib/b.py"));
        String flash = "cam@" + cam.port() + ":/flash";

        assertThat(cam.fails("format", cam.at("/flash"))).isEqualTo("flashdeck: cannot format " + cam.at("/flash")
                + ": formatting erases 2 files (10 bytes) on " + flash + "; add --yes to go ahead");
        assertThat(cam.fails("factory-reset", cam.at(""))).isEqualTo("flashdeck: cannot factory-reset "
                + cam.at("") + ": a factory reset erases 2 files (10 bytes) on " + flash + "; add --yes to go ahead");
        // This MicroPython has no VfsFat: the device refuses, and says so.
        assertThat(cam.fails("format", "--yes", cam.at("/flash"))).contains("not supported by this device");
        assertThat(cam.fails("factory-reset", "--yes", cam.at(""))).contains("not supported by this device");
        assertThat(cam.ok("ls", cam.at("/flash")).outLines()).containsExactly("a.py", "lib");
    }

    @Test
    void formatNeedsAMountAndTakesNoImageOptions() {
        for (String[] args : new String[][] {{"format", "--yes", cam.at("")}, {"format", "--fat", "12", cam.at("/flash")},
            {"format", "--yes", cam.at("/flash/lib")}}) {
            CliRun run = cam.run(args);
            if (args[2].endsWith("/lib")) {
                assertThat(run.code).isEqualTo(1);
                assertThat(run.err).contains("not a mount point of cam@" + cam.port() + " (mounts: /flash, /sdcard)");
            } else {
                assertThat(run.code).as(run.toString()).isEqualTo(2);
                assertThat(run.err).contains("Usage: flashdeck format");
            }
        }
    }

    private static List<JsonNode> json(CliRun run) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.outLines()) {
            nodes.add(mapper.readTree(line));
        }
        return nodes;
    }
}
