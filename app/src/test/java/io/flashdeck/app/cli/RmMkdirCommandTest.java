package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RmMkdirCommandTest {

    @TempDir
    Path dir;

    @Test
    void mkdirAndMkdirParents() {
        assertThat(CliRun.run(dir, "mkdir", "a", "b").code).isZero();
        assertThat(dir.resolve("a")).isDirectory();
        assertThat(dir.resolve("b")).isDirectory();
        CliRun again = CliRun.run(dir, "mkdir", "a", "x/y");
        assertThat(again.code).isEqualTo(1);
        assertThat(again.errLines()).containsExactly(
                "flashdeck: cannot create directory a: already exists",
                "flashdeck: cannot create directory x/y: " + dir.resolve("x") + ": no such file");
        assertThat(CliRun.run(dir, "mkdir", "-p", "a", "x/y/z").code).isZero();
        assertThat(dir.resolve("x/y/z")).isDirectory();
    }

    @Test
    void rmFilesAndTrees() throws IOException {
        Files.createDirectories(dir.resolve("d/e"));
        Files.writeString(dir.resolve("d/e/f.txt"), "f");
        Files.writeString(dir.resolve("g.txt"), "g");
        CliRun refused = CliRun.run(dir, "rm", "d", "g.txt", "nope");
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly(
                "flashdeck: cannot remove d: is a directory",
                "flashdeck: cannot remove nope: no such file");
        assertThat(dir.resolve("g.txt")).doesNotExist();
        assertThat(CliRun.run(dir, "rm", "-r", "d").code).isZero();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void rmRefusesAVolumeRoot() throws IOException {
        Files.write(dir.resolve("flash.img"), new byte[512]);
        Files.createDirectories(dir.resolve("flash.img.d/lib"));
        CliRun run = CliRun.run(dir, new DirectoryImages(), "rm", "-r", "flash.img:/");
        assertThat(run.errLines()).containsExactly("flashdeck: cannot remove flash.img:/: refusing to remove the volume root");
        assertThat(dir.resolve("flash.img.d/lib")).isDirectory();
    }
}
