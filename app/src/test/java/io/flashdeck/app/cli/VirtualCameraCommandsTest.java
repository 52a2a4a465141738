package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.Launcher;
import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.app.cli.location.VirtualCameraConnector;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emu:} on the command line: the virtual camera runs in the process on FAT images in a
 * directory, with raw-paste on as a camera has it. Its flash image is checked afterwards with
 * fsck.fat and mtools, as a camera's flash would be over USB.
 */
class VirtualCameraCommandsTest {

    @TempDir
    Path dir;
    Path work;
    CameraAccess emu;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectories(dir.resolve("work"));
        emu = new CameraAccess(List::of, new VirtualCameraConnector(dir.resolve("emu")), ReplSettings.defaults());
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.run(work, emu, args);
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).as(run.toString()).isEmpty();
        return run;
    }

    @Test
    void aFreshCameraHasOpenMvsMountsAndDefaultFiles() {
        assertThat(ok("ls", "emu:/").outLines()).containsExactly("flash", "sdcard");
        assertThat(ok("ls", "emu:/flash").outLines()).containsExactlyInAnyOrder(".openmv_disk", "README.txt", "main.py");
        assertThat(ok("df", "--json", "emu:").outLines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("{\"camera\":\"emu\",\"mount\":\"/").contains("\"fs\":\"fat\""));
        assertThat(ok("info", "emu:").out).contains("Firmware:     OpenMV ", "Mounts:       /flash   fat");
    }

    @Test
    void copiesLandOnTheImagesAndStayThere() throws Exception {
        Path src = Files.createDirectories(work.resolve("src"));
        RandomTree tree = RandomTree.create(src, 11, 12, 20_000);
        ok("cp", "-r", "src", "emu:/sdcard/");
        assertThat(ok("cp", "-r", "src", "emu:/sdcard/").out)
                .isEqualTo("skipped (unchanged): " + tree.files().size() + " files\n");
        ok("cp", "-r", "emu:/sdcard/src", "back");
        assertThat(TreeSnapshot.ofHost(work.resolve("back"))).isEqualTo(TreeSnapshot.ofHost(src));

        Files.writeString(work.resolve("main.py"), "print('mine')\n");
        ok("cp", "main.py", "emu:/flash/");
        Fsck.check(dir.resolve("emu/flash.img")).requireClean();
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        assertThat(MTools.on(dir.resolve("emu/flash.img")).read("main.py", scratch))
                .isEqualTo("print('mine')\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void formatAndFactoryResetWorkOnTheFlash() throws Exception {
        ok("mkdir", "emu:/flash/lib");
        CliRun refused = CliRun.run(work, emu, "format", "emu:/flash");
        assertThat(refused.err).isEqualTo("flashdeck: cannot format emu:/flash: formatting erases 3 files ("
                + totalDefaultBytes() + ") on emu:/flash; add --yes to go ahead\n");

        assertThat(ok("format", "--yes", "emu:/flash").out).startsWith("formatted emu:/flash: fat, ");
        assertThat(ok("ls", "emu:/flash").out).isEmpty();
        Fsck.check(dir.resolve("emu/flash.img")).requireClean();

        assertThat(ok("factory-reset", "--yes", "emu:").out)
                .isEqualTo("factory reset emu:/flash: formatted, default files written\n");
        assertThat(ok("ls", "emu:/flash").outLines()).containsExactlyInAnyOrder(".openmv_disk", "README.txt", "main.py");
    }

    @Test
    void resetsAndTheAgentOnlyExec() {
        assertThat(ok("reset", "emu:").out).isEqualTo("soft reset emu\n");
        CliRun hard = ok("reset", "--hard", "emu:");
        assertThat(hard.outLines().get(1)).matches("emu is back after \\d+\\.\\d s");
        assertThat(ok("ls", "emu:/flash").outLines()).contains("main.py");

        CliRun exec = CliRun.run(work, emu, "exec", "emu:", "print(1)");
        assertThat(exec.code).isEqualTo(1);
        assertThat(exec.err).contains("NotImplementedError", "runs only FlashDeck's agent");
    }

    @Test
    void theEmulatorBehindASerialPortIsACameraWithRawPaste() throws Exception {
        // A script, since socat's address syntax has its own meaning for the classpath's colons.
        Path emulate = dir.resolve("emulate.sh");
        Files.writeString(emulate, "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Launcher.class.getName() + " emulate --stdio"
                + " --flash '" + dir.resolve("emu/flash.img") + "' --sdcard '" + dir.resolve("emu/sdcard.img") + "'\n");
        try (PseudoTerminal port = PseudoTerminal.running(dir, "cam0", "sh " + emulate)) {
            CameraAccess serial = new CameraAccess(List::of, CliRun.NO_VIRTUAL_CAMERA, ReplSettings.defaults());
            CliRun run = CliRun.run(work, serial, "ls", "cam@" + port.port() + ":/flash");
            assertThat(run.code).as(run.toString()).isZero();
            assertThat(run.outLines()).containsExactlyInAnyOrder(".openmv_disk", "README.txt", "main.py");
        }
    }

    /** What the three default files hold, as the refusal words it. */
    private String totalDefaultBytes() throws IOException {
        long bytes = 0;
        for (String line : ok("ls", "--json", "emu:/flash").outLines()) {
            bytes += Long.parseLong(line.replaceAll(".*\"size\":(\\d+).*", "$1"));
        }
        return ByteSizes.format(bytes);
    }
}
