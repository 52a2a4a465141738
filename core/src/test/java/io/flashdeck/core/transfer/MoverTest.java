package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.testing.FaultyVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoverTest extends HostVolumeTestBase {

    private static boolean move(Volume from, String source, Volume to, String destination, ConflictPolicy policy)
            throws IOException {
        CopyPlan plan = CopyPlan.resolve(new Endpoint(from, VolumePath.parse(source)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
        return new Mover(new CopyOptions(policy, false), TransferProgress.NONE).move(plan);
    }

    @Test
    void withinAVolumeFilesAndDirectoriesAreRenamed() throws IOException {
        Files.createDirectories(root.resolve("d/sub"));
        Files.writeString(root.resolve("d/sub/a.txt"), "a");
        Files.createDirectories(root.resolve("into"));
        assertThat(move(volume, "/d", volume, "/into", ConflictPolicy.REPLACE)).isTrue();
        assertThat(root.resolve("into/d/sub/a.txt")).hasContent("a");
        assertThat(root.resolve("d")).doesNotExist();
        move(volume, "/into/d/sub/a.txt", volume, "/b.txt", ConflictPolicy.REPLACE);
        assertThat(root.resolve("b.txt")).hasContent("a");
    }

    @Test
    void replacingAFileLeavesNoAsideCopy() throws IOException {
        Files.writeString(root.resolve("a.txt"), "new");
        Files.writeString(root.resolve("b.txt"), "old");
        move(volume, "/a.txt", volume, "/b.txt", ConflictPolicy.REPLACE);
        assertThat(root.resolve("b.txt")).hasContent("new");
        assertThat(root.toFile().list()).containsExactly("b.txt");
    }

    @Test
    void aFailedReplaceRestoresTheOldFile() throws IOException {
        Files.writeString(root.resolve("a.txt"), "new");
        Files.writeString(root.resolve("b.txt"), "old");
        FaultyVolume failing = new FaultyVolume(volume).failRenamesFrom(VolumePath.parse("/a.txt"));
        assertThatThrownBy(() -> move(failing, "/a.txt", failing, "/b.txt", ConflictPolicy.REPLACE))
                .hasMessageContaining("injected rename failure");
        assertThat(root.resolve("a.txt")).hasContent("new");
        assertThat(root.resolve("b.txt")).hasContent("old");
        assertThat(root.toFile().list()).containsExactlyInAnyOrder("a.txt", "b.txt");
    }

    @Test
    void conflictPoliciesApplyToRenames() throws IOException {
        Files.writeString(root.resolve("a.txt"), "new");
        Files.writeString(root.resolve("b.txt"), "old");
        assertThat(move(volume, "/a.txt", volume, "/b.txt", ConflictPolicy.SKIP)).isFalse();
        assertThat(root.resolve("a.txt")).hasContent("new");
        assertThat(move(volume, "/a.txt", volume, "/b.txt", ConflictPolicy.KEEP_BOTH)).isTrue();
        assertThat(root.resolve("b (1).txt")).hasContent("new");
        assertThat(root.resolve("b.txt")).hasContent("old");
        assertThat(root.resolve("a.txt")).doesNotExist();
    }

    @Test
    void aDirectoryReplacesOnlyAnEmptyDirectory() throws IOException {
        Files.createDirectories(root.resolve("d"));
        Files.writeString(root.resolve("d/f"), "f");
        Files.createDirectories(root.resolve("t/d"));
        assertThat(move(volume, "/d", volume, "/t", ConflictPolicy.REPLACE)).isTrue();
        assertThat(root.resolve("t/d/f")).hasContent("f");

        Files.createDirectories(root.resolve("x/d"));
        assertThatThrownBy(() -> move(volume, "/x/d", volume, "/t", ConflictPolicy.REPLACE))
                .isInstanceOf(DirectoryNotEmptyException.class).hasMessage("/t/d");
        assertThatThrownBy(() -> move(other, "/", volume, "/t", ConflictPolicy.REPLACE))
                .hasMessageContaining("refusing to move the volume root");
    }

    @Test
    void betweenVolumesTreesAreCopiedThenDeleted() throws IOException {
        Path tree = Files.createDirectory(root.resolve("tree"));
        RandomTree.create(tree, 5, 30, 200_000);
        Map<String, String> expected = TreeSnapshot.ofHost(tree);
        assertThat(move(volume, "/tree", other, "/moved", ConflictPolicy.REPLACE)).isTrue();
        assertThat(TreeSnapshot.ofHost(otherRoot.resolve("moved"))).isEqualTo(expected);
        assertThat(tree).doesNotExist();
    }

    @Test
    void betweenVolumesAFailureKeepsTheSource() throws IOException {
        Path tree = Files.createDirectory(root.resolve("tree"));
        RandomTree.create(tree, 6, 30, 200_000);
        Map<String, String> expected = TreeSnapshot.ofHost(tree);
        long total = Files.walk(tree).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        assertThat(total).isPositive();
        assertThatThrownBy(() -> move(volume, "/tree", new FaultyVolume(other).failAfter(total / 2), "/moved",
                ConflictPolicy.REPLACE)).hasMessageContaining("injected");
        assertThatThrownBy(() -> move(volume, "/tree", new FaultyVolume(other).corrupting(), "/moved2",
                ConflictPolicy.REPLACE)).hasMessageContaining("verification failed");
        assertThat(TreeSnapshot.ofHost(tree)).isEqualTo(expected);
    }

    @Test
    void betweenVolumesASkippedFileStays() throws IOException {
        Files.writeString(root.resolve("a.txt"), "new");
        Files.writeString(otherRoot.resolve("a.txt"), "old");
        assertThat(move(volume, "/a.txt", other, "/", ConflictPolicy.SKIP)).isFalse();
        assertThat(root.resolve("a.txt")).hasContent("new");
        assertThat(otherRoot.resolve("a.txt")).hasContent("old");
        assertThat(move(volume, "/a.txt", other, "/", ConflictPolicy.REPLACE)).isTrue();
        assertThat(root.resolve("a.txt")).doesNotExist();
        assertThat(otherRoot.resolve("a.txt")).hasContent("new");
    }
}
