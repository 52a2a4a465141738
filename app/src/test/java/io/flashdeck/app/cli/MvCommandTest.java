package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvCommandTest {

    @TempDir
    Path dir;
    DirectoryImages images = new DirectoryImages();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("d/sub"));
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.write(dir.resolve("flash.img"), new byte[512]);
        Files.createDirectories(dir.resolve("flash.img.d"));
    }

    private CliRun mv(String... args) {
        CliRun run = CliRun.command(dir, images, "mv", args);
        assertThat(run.err.lines().count()).as(run.toString()).isEqualTo(run.code == 0 ? 0 : 1);
        return run;
    }

    @Test
    void renamesMovesIntoDirectoriesAndReplaces() {
        assertThat(mv("a.txt", "c.txt").code).isZero();
        assertThat(dir.resolve("c.txt")).hasContent("a");
        assertThat(mv("c.txt", "d").code).isZero();
        assertThat(dir.resolve("d/c.txt")).hasContent("a");
        assertThat(mv("b.txt", "d/c.txt").code).isZero();
        assertThat(dir.resolve("d/c.txt")).hasContent("b");
        assertThat(dir.resolve("b.txt")).doesNotExist();
        assertThat(dir.resolve("d").toFile().list()).containsExactlyInAnyOrder("c.txt", "sub");
    }

    @Test
    void directoriesMoveWhole() throws IOException {
        Files.createDirectories(dir.resolve("e/d/x"));
        CliRun full = mv("d", "e");
        assertThat(full.code).isEqualTo(1);
        assertThat(full.err).isEqualTo("flashdeck: cannot move d: " + dir.resolve("e/d") + ": directory not empty\n");
        Files.delete(dir.resolve("e/d/x"));
        assertThat(mv("d", "e").code).isZero();
        assertThat(dir.resolve("e/d/sub")).isDirectory();
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void betweenVolumesTheSourceGoesOnlyAfterTheCopy() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("tree"));
        RandomTree.create(tree, 8, 30, 200_000);
        Map<String, String> expected = TreeSnapshot.ofHost(tree);
        assertThat(mv("tree", "a.txt", "flash.img:/").code).isZero();
        assertThat(TreeSnapshot.ofHost(dir.resolve("flash.img.d/tree"))).isEqualTo(expected);
        assertThat(dir.resolve("flash.img.d/a.txt")).hasContent("a");
        assertThat(tree).doesNotExist();
        assertThat(dir.resolve("a.txt")).doesNotExist();
    }

    @Test
    void failures() {
        assertThat(mv("nope", "x").err).isEqualTo("flashdeck: cannot move nope: no such file\n");
        assertThat(mv("d", "d/sub").err).isEqualTo("flashdeck: cannot move d: cannot copy or move a directory into itself\n");
        assertThat(mv("flash.img:/", "x").err).isEqualTo("flashdeck: cannot move flash.img:/: refusing to move the volume root\n");
    }
}
