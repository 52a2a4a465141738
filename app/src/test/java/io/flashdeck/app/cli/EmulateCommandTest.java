package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolume;
import io.flashdeck.serial.link.ProcessLink;
import io.flashdeck.serial.link.SerialLink;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flashdeck emulate --stdio} in its own process: behind socat's pseudo-terminal it is a
 * serial port that {@link SerialLink} opens as it would a camera, and its images stay clean.
 */
class EmulateCommandTest {

    private static final ReplSettings SETTINGS = ReplSettings.defaults()
            .withEnterTimeout(Duration.ofSeconds(10))
            .withExecTimeout(Duration.ofSeconds(10));

    @TempDir
    Path dir;
    private Process socat;

    @AfterEach
    void stopSocat() throws Exception {
        if (socat != null) {
            List<ProcessHandle> camera = socat.descendants().toList();
            socat.destroy();
            socat.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle process : camera) {
                process.destroy();
                process.onExit().get(10, TimeUnit.SECONDS);
            }
            socat = null;
        }
    }

    @Test
    void servesTheCameraOnAPseudoTerminal() throws Exception {
        Path port = dir.resolve("cam0");
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + port, "EXEC:" + script(emulate()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("socat is needed for this test (apt install socat)", e);
        }
        for (int i = 0; i < 250 && !Files.exists(port); i++) {
            Thread.sleep(20);
        }
        assertThat(port).as("socat made the pseudo-terminal").exists();
        byte[] data = "print('over a serial port')\n".repeat(2000).getBytes(StandardCharsets.US_ASCII);

        try (DeviceSession session = DeviceSession.open(SerialLink.open(port.toString()), SETTINGS)) {
            DeviceVolume flash = session.volume("/flash");
            assertThat(flash.list(VolumePath.ROOT)).extracting(FileEntry::name)
                    .containsExactlyInAnyOrder("main.py", "README.txt", ".openmv_disk");
            flash.write(VolumePath.of("serial.py"), new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
            try (InputStream in = flash.openRead(VolumePath.of("serial.py"))) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
        }

        stopSocat(); // the camera writes every change through: its images are complete after each call
        Fsck.check(dir.resolve("flash.img")).requireClean();
        assertThat(MTools.on(dir.resolve("flash.img")).read("serial.py", dir)).isEqualTo(data);
    }

    @Test
    void takesItsOptionsAndEndsWithItsInput() throws IOException, InterruptedException {
        List<String> command = emulate();
        command.addAll(List.of("--busy", "--no-raw-paste"));
        ProcessLink link = ProcessLink.start(command);

        try (DeviceSession session = DeviceSession.open(link, SETTINGS.withRawPaste(true))) {
            assertThat(session.mounts()).extracting(m -> m.path()).containsExactly("/flash", "/sdcard");
            session.format("/sdcard");
            link.process().getOutputStream().close(); // the end of the camera's input
            assertThat(link.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(link.process().exitValue()).isZero();
        Fsck.check(dir.resolve("sdcard.img")).requireClean();
    }

    @Test
    void needsToBeToldWhereToServe() {
        CliRun run = CliRun.run(dir, "emulate");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--stdio");
    }

    /** A script running {@code command}, as socat takes a command line without colons (a class path has them). */
    private Path script(List<String> command) throws IOException {
        StringBuilder line = new StringBuilder("#!/bin/sh\nexec");
        for (String word : command) {
            line.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        Path script = dir.resolve("flashdeck-emulate");
        Files.writeString(script, line.append('\n'));
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    /** This build's command line in a new JVM, images in the test's directory. */
    private List<String> emulate() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "io.flashdeck.app.Launcher",
                "emulate", "--stdio", "--flash", dir.resolve("flash.img").toString(),
                "--sdcard", dir.resolve("sdcard.img").toString()));
    }
}
