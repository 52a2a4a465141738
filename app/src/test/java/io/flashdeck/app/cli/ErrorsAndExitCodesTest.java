package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.location.ImageVolumeProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 0 success, 1 failure with one line per failure and the trace in the log, 2 usage error. */
class ErrorsAndExitCodesTest {

    @TempDir
    Path dir;

    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.run(dir, "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("Commands:", "ls", "cp", "mv", "rm", "mkdir", "cat", "sha256");
        assertThat(CliRun.run(dir, "cp", "--help").out).contains("Usage: flashdeck cp", "--recursive");
        assertThat(CliRun.run(dir, "--version").out).startsWith("FlashDeck ");
        assertThat(CliRun.run(dir).out).contains("Usage: flashdeck");
    }

    @Test
    void usageErrorsExitTwoWithTheUsage() throws IOException {
        Files.write(dir.resolve("x.img"), new byte[512]);
        String[][] usageErrors = {{"frob"}, {"ls", "--frob"}, {"cp", "a"}, {"rm"}, {"cat", "x.img@0:/"},
            {"ls", "x.img@0:/"}, {"cp", "-r", "a", "cam@:/x"}, {"mkdir", ""}};
        for (String[] args : usageErrors) {
            CliRun run = CliRun.run(dir, args);
            assertThat(run.code).as(run.toString()).isEqualTo(2);
            assertThat(run.err).as(run.toString()).contains("Usage: flashdeck");
            assertThat(run.out).isEmpty();
        }
        assertThat(CliRun.run(dir, "ls", "x.img@0:/").errLines().get(0))
                .isEqualTo("Invalid location \"x.img@0:/\": partition numbers start at 1");
        assertThat(CliRun.logDirectory(dir)).doesNotExist();
    }

    @Test
    void aFailureIsOneLineAndItsTraceGoesToTheLog() throws IOException {
        assertThat(CliRun.run(dir, "mkdir", "ok").code).isZero();
        assertThat(CliRun.logDirectory(dir)).as("nothing logged on success").doesNotExist();

        CliRun run = CliRun.run(dir, "cp", "photos/a.jpg", "ok");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).isEqualTo("flashdeck: cannot copy photos/a.jpg: no such file\n");
        String log = Files.readString(CliRun.logDirectory(dir).resolve("flashdeck.log"));
        assertThat(log).contains("cannot copy photos/a.jpg: no such file", "java.nio.file.NoSuchFileException",
                "\tat io.flashdeck.");
    }

    @Test
    void imagesAndCamerasAreNotSupportedYet() throws IOException {
        Files.write(dir.resolve("flash.img"), new byte[512]);
        CliRun run = CliRun.run(dir, "cp", "cam:/flash/main.py", "emu:/flash/x.py", "flash.img:/a");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("flashdeck: cannot copy to flash.img:/a: images are not supported yet");
        CliRun camera = CliRun.run(dir, "cp", "cam@COM3:/flash/main.py", "x");
        assertThat(camera.errLines())
                .containsExactly("flashdeck: cannot copy cam@COM3:/flash/main.py: camera locations are not supported yet");
    }

    @Test
    void anInternalErrorIsOneLineToo() throws IOException {
        Files.write(dir.resolve("flash.img"), new byte[512]);
        ImageVolumeProvider broken = (image, partition, readOnly) -> {
            throw new IllegalStateException("engine bug");
        };
        CliRun run = CliRun.run(dir, broken, "ls", "flash.img:/");
        assertThat(run.code).isEqualTo(1);
        Path log = CliRun.logDirectory(dir).resolve("flashdeck.log");
        assertThat(run.err).isEqualTo("flashdeck: internal error: java.lang.IllegalStateException: engine bug (details in "
                + log + ")\n");
        assertThat(Files.readString(log)).contains("IllegalStateException: engine bug", "\tat ");
    }
}
