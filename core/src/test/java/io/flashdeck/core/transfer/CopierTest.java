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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopierTest extends HostVolumeTestBase {

    private static CopyResult copy(Volume from, String sourcePath, Volume to, String destination, CopyOptions options,
            TransferProgress progress) throws IOException {
        CopyPlan plan = CopyPlan.resolve(new Endpoint(from, VolumePath.parse(sourcePath)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
        return new Copier(options, progress).copy(plan);
    }

    private CopyResult copy(String sourcePath, String destination, CopyOptions options) throws IOException {
        return copy(volume, sourcePath, other, destination, options, TransferProgress.NONE);
    }

    @Test
    void randomTreesArriveIdenticalBetweenVolumesAndWithinOne() throws IOException {
        for (long seed = 11; seed <= 16; seed++) {
            Path tree = Files.createDirectory(root.resolve("tree" + seed));
            int files = RandomTree.create(tree, seed, 30, 200_000).files().size();
            CopyResult result = copy("/tree" + seed, "/copy" + seed, CopyOptions.DEFAULT);
            assertThat(result.copied()).isEqualTo(files);
            assertThat(TreeSnapshot.ofHost(otherRoot.resolve("copy" + seed))).isEqualTo(TreeSnapshot.ofHost(tree));

            copy(volume, "/tree" + seed, volume, "/again" + seed, CopyOptions.DEFAULT, TransferProgress.NONE);
            assertThat(TreeSnapshot.ofHost(root.resolve("again" + seed))).isEqualTo(TreeSnapshot.ofHost(tree));
        }
    }

    @Test
    void modifiedTimesGoAlong() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
        FileTime time = FileTime.from(Instant.parse("2019-01-02T03:04:06Z"));
        Files.setLastModifiedTime(root.resolve("a.txt"), time);
        copy("/a.txt", "/b.txt", CopyOptions.DEFAULT);
        assertThat(Files.getLastModifiedTime(otherRoot.resolve("b.txt"))).isEqualTo(time);
    }

    @Test
    void progressCountsEveryFileAndEndsAtTheTotal() throws IOException {
        Path tree = Files.createDirectory(root.resolve("t"));
        int files = RandomTree.create(tree, 3, 30, 200_000).files().size();
        long total = Files.walk(tree).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        ProgressLog log = new ProgressLog();
        copy(volume, "/t", other, "/t", CopyOptions.DEFAULT, log);
        assertThat(log.events()).hasSize(2 * files);
        assertThat(log.overall()).isEqualTo(total);
        assertThat(log.total()).isEqualTo(total);
    }

    @Test
    void directoriesMergeIntoExistingOnes() throws IOException {
        Files.createDirectories(root.resolve("d/sub"));
        Files.writeString(root.resolve("d/sub/new.txt"), "new");
        Files.createDirectories(otherRoot.resolve("d/sub"));
        Files.writeString(otherRoot.resolve("d/sub/other.txt"), "other");
        copy(volume, "/d", other, "/", CopyOptions.DEFAULT, TransferProgress.NONE);
        assertThat(otherRoot.resolve("d/sub/new.txt")).hasContent("new");
        assertThat(otherRoot.resolve("d/sub/other.txt")).hasContent("other");
    }

    @Test
    void conflictPolicies() throws IOException {
        Files.writeString(root.resolve("a.txt"), "new");
        Path existing = otherRoot.resolve("a.txt");
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

        Files.writeString(existing, "old");
        assertThat(copy("/a.txt", "/a.txt", new CopyOptions(ConflictPolicy.SKIP, false)).skipped())
                .containsExactly(VolumePath.parse("/a.txt"));
        assertThat(existing).hasContent("old");

        copy("/a.txt", "/a.txt", new CopyOptions(ConflictPolicy.SKIP_UNCHANGED, false));
        assertThat(existing).hasContent("new");
        Files.setLastModifiedTime(existing, old);
        assertThat(copy("/a.txt", "/a.txt", new CopyOptions(ConflictPolicy.SKIP_UNCHANGED, false)).copied()).isZero();
        assertThat(Files.getLastModifiedTime(existing)).isEqualTo(old);

        Files.writeString(existing, "wen"); // same size, other content
        copy("/a.txt", "/a.txt", new CopyOptions(ConflictPolicy.SKIP_UNCHANGED, false));
        assertThat(existing).hasContent("new");

        copy("/a.txt", "/a.txt", new CopyOptions(ConflictPolicy.KEEP_BOTH, false));
        copy("/a.txt", "/a.txt", new CopyOptions(ConflictPolicy.KEEP_BOTH, false));
        assertThat(otherRoot.resolve("a (1).txt")).hasContent("new");
        assertThat(otherRoot.resolve("a (2).txt")).hasContent("new");

        Files.writeString(existing, "older content");
        copy("/a.txt", "/a.txt", CopyOptions.DEFAULT);
        assertThat(existing).hasContent("new");
    }

    @Test
    void filesAndDirectoriesDoNotReplaceEachOther() throws IOException {
        Files.createDirectories(root.resolve("d/x"));
        Files.writeString(root.resolve("d/y"), "file");
        Files.createDirectories(otherRoot.resolve("d/y"));
        assertThatThrownBy(() -> copy("/d", "/", CopyOptions.DEFAULT))
                .hasMessage("/d/y: cannot overwrite a directory with a file");

        Files.delete(otherRoot.resolve("d/y"));
        Files.delete(otherRoot.resolve("d/x")); // made by the first attempt before it stopped at d/y
        Files.writeString(otherRoot.resolve("d/x"), "file");
        assertThatThrownBy(() -> copy("/d", "/", CopyOptions.DEFAULT))
                .hasMessage("/d/x: cannot overwrite a file with a directory");
    }

    @Test
    void verificationCatchesASilentlyCorruptedWrite() throws IOException {
        Files.writeString(root.resolve("a.txt"), "content");
        FaultyVolume corrupting = new FaultyVolume(other).corrupting();
        copy(volume, "/a.txt", corrupting, "/unverified.txt", CopyOptions.DEFAULT, TransferProgress.NONE);
        assertThat(Files.readString(otherRoot.resolve("unverified.txt"))).hasSize(7).isNotEqualTo("content");

        assertThatThrownBy(() -> copy(volume, "/a.txt", corrupting, "/b.txt", CopyOptions.DEFAULT.withVerify(true),
                TransferProgress.NONE)).hasMessage("/b.txt: verification failed: the written file differs from the source");

        copy(volume, "/a.txt", other, "/c.txt", CopyOptions.DEFAULT.withVerify(true), TransferProgress.NONE);
        assertThat(otherRoot.resolve("c.txt")).hasContent("content");
    }
}
