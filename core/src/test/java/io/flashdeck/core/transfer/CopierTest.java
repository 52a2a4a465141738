package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopierTest {

    @TempDir
    Path sourceRoot;
    @TempDir
    Path targetRoot;
    HostVolume source;
    HostVolume target;

    @BeforeEach
    void open() throws IOException {
        source = new HostVolume(sourceRoot);
        target = new HostVolume(targetRoot);
    }

    private static CopyResult copy(Volume from, String sourcePath, Volume to, String destination, CopyOptions options,
            TransferProgress progress) throws IOException {
        CopyPlan plan = CopyPlan.resolve(new Endpoint(from, VolumePath.parse(sourcePath)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
        return new Copier(options, progress).copy(plan);
    }

    private CopyResult copy(String sourcePath, String destination, CopyOptions options) throws IOException {
        return copy(source, sourcePath, target, destination, options, TransferProgress.NONE);
    }

    @Test
    void randomTreesArriveIdenticalBetweenVolumesAndWithinOne() throws IOException {
        for (long seed = 11; seed <= 16; seed++) {
            Path tree = Files.createDirectory(sourceRoot.resolve("tree" + seed));
            int files = RandomTree.fill(tree, new Random(seed), 3);
            CopyResult result = copy("/tree" + seed, "/copy" + seed, CopyOptions.DEFAULT);
            assertThat(result.copied()).isEqualTo(files);
            assertThat(TreeSnapshot.of(targetRoot.resolve("copy" + seed))).isEqualTo(TreeSnapshot.of(tree));

            copy(source, "/tree" + seed, source, "/again" + seed, CopyOptions.DEFAULT, TransferProgress.NONE);
            assertThat(TreeSnapshot.of(sourceRoot.resolve("again" + seed))).isEqualTo(TreeSnapshot.of(tree));
        }
    }

    @Test
    void modifiedTimesGoAlong() throws IOException {
        Files.writeString(sourceRoot.resolve("a.txt"), "a");
        FileTime time = FileTime.from(Instant.parse("2019-01-02T03:04:06Z"));
        Files.setLastModifiedTime(sourceRoot.resolve("a.txt"), time);
        copy("/a.txt", "/b.txt", CopyOptions.DEFAULT);
        assertThat(Files.getLastModifiedTime(targetRoot.resolve("b.txt"))).isEqualTo(time);
    }

    @Test
    void progressCountsEveryFileAndEndsAtTheTotal() throws IOException {
        Path tree = Files.createDirectory(sourceRoot.resolve("t"));
        int files = RandomTree.fill(tree, new Random(3), 3);
        long total = Files.walk(tree).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        List<String> events = new ArrayList<>();
        long[] last = new long[2];
        copy(source, "/t", target, "/t", CopyOptions.DEFAULT, new TransferProgress() {
            @Override
            public void fileStarted(VolumePath file, long size) {
                events.add("start " + file);
            }

            @Override
            public void advanced(long fileBytes, long overallBytes, long totalBytes) {
                assertThat(overallBytes).isGreaterThanOrEqualTo(last[0]).isLessThanOrEqualTo(totalBytes);
                last[0] = overallBytes;
                last[1] = totalBytes;
            }

            @Override
            public void fileFinished(VolumePath file) {
                assertThat(events.get(events.size() - 1)).isEqualTo("start " + file);
                events.add("finish " + file);
            }
        });
        assertThat(events).hasSize(2 * files);
        assertThat(last).containsExactly(total, total);
    }

    @Test
    void directoriesMergeIntoExistingOnes() throws IOException {
        Files.createDirectories(sourceRoot.resolve("d/sub"));
        Files.writeString(sourceRoot.resolve("d/sub/new.txt"), "new");
        Files.createDirectories(targetRoot.resolve("d/sub"));
        Files.writeString(targetRoot.resolve("d/sub/other.txt"), "other");
        copy(source, "/d", target, "/", CopyOptions.DEFAULT, TransferProgress.NONE);
        assertThat(targetRoot.resolve("d/sub/new.txt")).hasContent("new");
        assertThat(targetRoot.resolve("d/sub/other.txt")).hasContent("other");
    }

    @Test
    void conflictPolicies() throws IOException {
        Files.writeString(sourceRoot.resolve("a.txt"), "new");
        Path existing = targetRoot.resolve("a.txt");
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
        assertThat(targetRoot.resolve("a (1).txt")).hasContent("new");
        assertThat(targetRoot.resolve("a (2).txt")).hasContent("new");

        Files.writeString(existing, "older content");
        copy("/a.txt", "/a.txt", CopyOptions.DEFAULT);
        assertThat(existing).hasContent("new");
    }

    @Test
    void filesAndDirectoriesDoNotReplaceEachOther() throws IOException {
        Files.createDirectories(sourceRoot.resolve("d/x"));
        Files.writeString(sourceRoot.resolve("d/y"), "file");
        Files.createDirectories(targetRoot.resolve("d/y"));
        assertThatThrownBy(() -> copy("/d", "/", CopyOptions.DEFAULT))
                .hasMessage("/d/y: cannot overwrite a directory with a file");

        Files.delete(targetRoot.resolve("d/y"));
        Files.delete(targetRoot.resolve("d/x")); // made by the first attempt before it stopped at d/y
        Files.writeString(targetRoot.resolve("d/x"), "file");
        assertThatThrownBy(() -> copy("/d", "/", CopyOptions.DEFAULT))
                .hasMessage("/d/x: cannot overwrite a file with a directory");
    }

    @Test
    void verificationCatchesASilentlyCorruptedWrite() throws IOException {
        Files.writeString(sourceRoot.resolve("a.txt"), "content");
        FaultyVolume corrupting = new FaultyVolume(target).corrupting();
        copy(source, "/a.txt", corrupting, "/unverified.txt", CopyOptions.DEFAULT, TransferProgress.NONE);
        assertThat(Files.readString(targetRoot.resolve("unverified.txt"))).hasSize(7).isNotEqualTo("content");

        assertThatThrownBy(() -> copy(source, "/a.txt", corrupting, "/b.txt", CopyOptions.DEFAULT.withVerify(true),
                TransferProgress.NONE)).hasMessage("/b.txt: verification failed: the written file differs from the source");

        copy(source, "/a.txt", target, "/c.txt", CopyOptions.DEFAULT.withVerify(true), TransferProgress.NONE);
        assertThat(targetRoot.resolve("c.txt")).hasContent("content");
    }
}
