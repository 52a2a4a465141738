package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeWalkerTest extends HostVolumeTestBase {

    @Test
    void visitsDirectoriesDepthFirstWithSortedChildren() throws IOException {
        Files.createDirectories(root.resolve("t/b/y"));
        Files.createDirectories(root.resolve("t/a"));
        Files.writeString(root.resolve("t/c.txt"), "c");
        Files.writeString(root.resolve("t/b/x.txt"), "x");
        List<String> visits = new ArrayList<>();
        TreeWalker.walk(volume, volume.stat(VolumePath.parse("/t")), (directory, children) ->
                visits.add(directory.path() + " " + children.stream().map(FileEntry::name).toList()));
        assertThat(visits).containsExactly("/t [a, b, c.txt]", "/t/a []", "/t/b [x.txt, y]", "/t/b/y []");

        assertThat(TreeWalker.entries(volume, volume.stat(VolumePath.parse("/t"))))
                .extracting(entry -> entry.path().toString())
                .containsExactly("/t", "/t/a", "/t/b", "/t/c.txt", "/t/b/x.txt", "/t/b/y");
    }

    @Test
    void entriesListEveryDirectoryBeforeItsContents() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            Path tree = Files.createDirectory(root.resolve("seed" + seed));
            RandomTree.create(tree, seed, 40, 200_000);
            List<FileEntry> entries = TreeWalker.entries(volume, volume.stat(VolumePath.parse("/seed" + seed)));
            assertThat(entries).hasSize(TreeSnapshot.ofHost(tree).size() + 1);
            for (int i = 1; i < entries.size(); i++) {
                VolumePath parent = entries.get(i).path().parent();
                assertThat(entries.subList(0, i)).extracting(FileEntry::path).contains(parent);
            }
        }
    }

    @Test
    void aFileIsWalkedAsNothingButListedAsItself() throws IOException {
        Files.writeString(root.resolve("f"), "x");
        FileEntry file = volume.stat(VolumePath.parse("/f"));
        TreeWalker.walk(volume, file, (directory, children) -> {
            throw new AssertionError("visited " + directory);
        });
        assertThat(TreeWalker.entries(volume, file)).containsExactly(file);
    }

    @Test
    void depthIsBounded() throws IOException {
        Path deep = root.resolve("ok");
        for (int i = 0; i < TreeWalker.MAX_DEPTH; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        assertThat(TreeWalker.entries(volume, volume.stat(VolumePath.parse("/ok")))).hasSize(TreeWalker.MAX_DEPTH + 1);

        Files.createDirectories(deep.resolve("d"));
        assertThatThrownBy(() -> TreeWalker.entries(volume, volume.stat(VolumePath.parse("/ok"))))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("more than 64 directory levels");
    }

    @Test
    void aLinkLoopEnds() throws IOException {
        Files.createDirectories(root.resolve("a"));
        Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
        FileEntry start = volume.stat(VolumePath.parse("/a"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(TreeWalker.entries(volume, start).size()).isLessThanOrEqualTo(TreeWalker.MAX_DEPTH + 2);
            } catch (FileSystemException expected) {
                // our depth bound, or the host's own limit on links followed in one path
                assertThat(expected).hasMessageContaining("levels");
            }
        });
    }
}
