package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
    void anImageWithoutAFileSystemAndCamerasAreClearFailures() throws IOException {
        Files.write(dir.resolve("flash.img"), new byte[512]);
        CliRun run = CliRun.run(dir, "cp", "cam:/flash/main.py", "emu:/flash/x.py", "flash.img:/a");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("flashdeck: cannot copy to flash.img:/a: no FAT file system found "
                + "in flash.img: sector 0 is not a FAT boot sector (no boot signature 0x55AA) and there is no "
                + "partition table (sector 0 has no 0x55AA signature)");
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

    @Test
    void stopsWhenNobodyReadsTheOutputAnyMore() throws IOException {
        Files.write(dir.resolve("big.bin"), new byte[4 << 20]);
        for (int i = 0; i < 50; i++) {
            Files.createDirectories(dir.resolve("tree/d" + i));
        }
        assertThat(runWithOutputClosingAfter(100_000, "cat", "big.bin"))
                .isEqualTo("flashdeck: cannot read big.bin: standard output is closed\n");
        assertThat(runWithOutputClosingAfter(100, "ls", "-R", "tree"))
                .isEqualTo("flashdeck: cannot list tree: standard output is closed\n");
    }

    /** Runs with a standard output that breaks like a pipe whose reader has gone; returns stderr. */
    private String runWithOutputClosingAfter(int bytes, String... args) {
        OutputStream pipe = new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > bytes) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FlashDeckCommand.execute(new CliEnvironment(new PrintStream(pipe), new PrintStream(err, true),
                dir, CliRun.logDirectory(dir), new FatImageProvider(NameStyle.CAMERA)), args);
        assertThat(code).isEqualTo(1);
        return err.toString();
    }
}
