package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cp's POSIX table, in every direction. */
class CpCommandTest {

    @TempDir
    Path dir;
    DirectoryImages images = new DirectoryImages();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("src/sub"));
        Files.writeString(dir.resolve("src/a.txt"), "a");
        Files.writeString(dir.resolve("src/b.txt"), "b");
        Files.writeString(dir.resolve("src/sub/c.txt"), "c");
        Files.createDirectories(dir.resolve("dest"));
        Files.writeString(dir.resolve("file.txt"), "old");
        Files.write(dir.resolve("flash.img"), new byte[512]);
        Files.createDirectories(dir.resolve("flash.img.d/lib"));
        Files.writeString(dir.resolve("flash.img.d/lib/x.py"), "x");
    }

    private CliRun cp(String... args) {
        return CliRun.command(dir, images, "cp", args);
    }

    private CliRun ok(String... args) {
        CliRun run = cp(args);
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).isEmpty();
        return run;
    }

    private CliRun fails(String error, String... args) {
        CliRun run = cp(args);
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(error);
        return run;
    }

    @Test
    void fileIntoAnExistingDirectory() {
        ok("src/a.txt", "dest");
        assertThat(dir.resolve("dest/a.txt")).hasContent("a");
        ok("src/b.txt", "dest/");
        assertThat(dir.resolve("dest/b.txt")).hasContent("b");
    }

    @Test
    void fileToANewNameOrOverAnExistingFile() {
        ok("src/a.txt", "dest/renamed.txt");
        assertThat(dir.resolve("dest/renamed.txt")).hasContent("a");
        ok("src/a.txt", "file.txt");
        assertThat(dir.resolve("file.txt")).hasContent("a");
    }

    @Test
    void trailingSlashMeansADirectory() {
        fails("flashdeck: cannot copy src/a.txt: " + dir.resolve("nodir") + ": not a directory", "src/a.txt", "nodir/");
        fails("flashdeck: cannot copy src/a.txt: " + dir.resolve("file.txt") + ": not a directory", "src/a.txt", "file.txt/");
        assertThat(dir.resolve("nodir")).doesNotExist();
        ok("-r", "src", "newdir/");
        assertThat(dir.resolve("newdir/sub/c.txt")).hasContent("c");
    }

    @Test
    void directoriesNeedRecursion() throws IOException {
        fails("flashdeck: cannot copy src: omitting directory (not recursive)", "src", "dest");
        ok("-r", "src", "copy");
        assertThat(TreeSnapshot.ofHost(dir.resolve("copy"))).isEqualTo(TreeSnapshot.ofHost(dir.resolve("src")));
        ok("-R", "src", "dest");
        assertThat(TreeSnapshot.ofHost(dir.resolve("dest/src"))).isEqualTo(TreeSnapshot.ofHost(dir.resolve("src")));
        fails("flashdeck: cannot copy src: cannot copy or move a directory into itself", "-r", "src", "src/sub");
        fails("flashdeck: cannot copy src: " + dir.resolve("file.txt") + ": cannot overwrite a file with a directory",
                "-r", "src", "file.txt");
    }

    @Test
    void aVolumeRootCopiesItsContents() throws IOException {
        ok("-r", "flash.img:/", "out");
        assertThat(dir.resolve("out/lib/x.py")).hasContent("x");
        Files.createDirectories(dir.resolve("existing"));
        ok("-r", "flash.img:", "existing");
        assertThat(TreeSnapshot.ofHost(dir.resolve("existing"))).isEqualTo(TreeSnapshot.ofHost(dir.resolve("flash.img.d")));
    }

    @Test
    void severalSourcesGoIntoADirectory() {
        ok("src/a.txt", "src/b.txt", "dest");
        assertThat(dir.resolve("dest/a.txt")).hasContent("a");
        assertThat(dir.resolve("dest/b.txt")).hasContent("b");
        fails("flashdeck: cannot copy to file.txt: not a directory", "src/a.txt", "src/b.txt", "file.txt");
        fails("flashdeck: cannot copy to none: no such file", "src/a.txt", "src/b.txt", "none");
        assertThat(dir.resolve("file.txt")).hasContent("old");
    }

    @Test
    void aFailingSourceDoesNotStopTheOthers() {
        fails("flashdeck: cannot copy nope.txt: no such file", "src/a.txt", "nope.txt", "src/b.txt", "dest");
        assertThat(dir.resolve("dest/a.txt")).hasContent("a");
        assertThat(dir.resolve("dest/b.txt")).hasContent("b");
    }

    @Test
    void aFileThatCannotLandIsReportedOnceWhileTheFilesCopiedBesideItArriveWhole() throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("src/sub/f" + i + ".txt"), "file " + i);
        }
        Files.createDirectories(dir.resolve("dest/src/sub/f17.txt"));
        CliRun run = cp("-r", "src", "dest");
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("flashdeck: cannot copy src: ")
                .endsWith(dir.resolve("dest/src/sub/f17.txt") + ": cannot overwrite a directory with a file");
        try (var copied = Files.list(dir.resolve("dest/src/sub"))) {
            for (Path file : copied.filter(Files::isRegularFile).toList()) {
                assertThat(file).hasSameTextualContentAs(dir.resolve("src/sub").resolve(file.getFileName()));
            }
        }
    }

    @Test
    void anyDirection() {
        ok("src/a.txt", "flash.img:/lib");
        assertThat(dir.resolve("flash.img.d/lib/a.txt")).hasContent("a");
        ok("flash.img:/lib/x.py", "dest");
        assertThat(dir.resolve("dest/x.py")).hasContent("x");
        ok("flash.img:/lib/x.py", "flash.img:/y.py");
        assertThat(dir.resolve("flash.img.d/y.py")).hasContent("x");
        // the destination was opened for writing first, and the source shared that volume
        assertThat(images.calls).containsExactly("flash.img null rw", "flash.img null ro", "flash.img null rw");
    }

    @Test
    void randomTreesRoundTripThroughAnImageVerified() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Path tree = Files.createDirectory(dir.resolve("tree" + seed));
            RandomTree.create(tree, seed, 30, 200_000);
            ok("-r", "--verify", "tree" + seed, "flash.img:/");
            ok("-r", "flash.img:/tree" + seed, "back" + seed);
            assertThat(TreeSnapshot.ofHost(dir.resolve("back" + seed))).isEqualTo(TreeSnapshot.ofHost(tree));
        }
    }
}
