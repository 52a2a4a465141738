package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.testing.BatchingVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Trees go to and from a camera in bounded batches, and arrive exactly; conflicts cost no stat per file. */
class CopierBatchTest extends CameraCopyTestBase {

    /** A random tree at {@code /name} on the host; its snapshot. */
    private Map<String, String> tree(String name, long seed) throws IOException {
        Path tree = Files.createDirectory(root.resolve(name));
        RandomTree.create(tree, seed, 40, 300_000);
        return TreeSnapshot.ofHost(tree);
    }

    private static long totalBytes(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    @Test
    void treesUploadExactlyInBoundedBatchesAndTheCameraIsListedNotStatted() throws IOException {
        for (long seed = 51; seed <= 54; seed++) {
            Map<String, String> expected = tree("t" + seed, seed);
            int filesPerBatch = filesPerBatch(seed);
            FatVolume fat = image("up" + seed);
            BatchingVolume camera = new BatchingVolume(fat, filesPerBatch);
            List<VolumePath> files = filesInTreeOrder(volume, "/t" + seed);

            CopyResult result = copy(volume, "/t" + seed, camera, "/", CopyOptions.DEFAULT);

            assertThat(result).isEqualTo(new CopyResult(files.size(), List.of()));
            assertThat(TreeSnapshot.ofVolume(fat, VolumePath.parse("/t" + seed))).isEqualTo(expected);
            assertBatchesCarry(camera.batches(), files, filesPerBatch);
            assertThat(camera.batches()).allMatch(BatchingVolume.Batch::write);
            // The plan looks at the destination once; then only the folder copied into is listed,
            // every directory below it being made by the copy.
            assertThat(camera.calls().stream().filter(call -> !call.startsWith("writeAll")))
                    .containsExactly("find /", "list /");
        }
    }

    @Test
    void treesDownloadExactlyInBoundedBatches() throws IOException {
        for (long seed = 61; seed <= 64; seed++) {
            Map<String, String> expected = tree("t" + seed, seed);
            FatVolume fat = imageHolding("down" + seed, "/t" + seed);
            int filesPerBatch = filesPerBatch(seed);
            BatchingVolume camera = new BatchingVolume(fat, filesPerBatch);
            List<VolumePath> files = filesInTreeOrder(camera, "/t" + seed);
            camera.clear();

            CopyResult result = copy(camera, "/t" + seed, other, "/", CopyOptions.DEFAULT);

            assertThat(result).isEqualTo(new CopyResult(files.size(), List.of()));
            assertThat(TreeSnapshot.ofHost(otherRoot.resolve("t" + seed))).isEqualTo(expected);
            assertBatchesCarry(camera.batches(), files, filesPerBatch);
            assertThat(camera.batches()).noneMatch(BatchingVolume.Batch::write);
        }
    }

    @Test
    void aSecondCopyListsEachDirectoryOfTheCameraOnceAndStatsNothing() throws IOException {
        tree("t", 71);
        BatchingVolume camera = new BatchingVolume(image("again"), 16);
        copy(volume, "/t", camera, "/", CopyOptions.DEFAULT);
        List<String> directories = new ArrayList<>(List.of("list /"));
        TreeWalker.walk(camera, camera.stat(VolumePath.parse("/t")),
                (directory, children) -> directories.add("list " + directory.path()));
        camera.clear();

        CopyResult again = copy(volume, "/t", camera, "/", new CopyOptions(ConflictPolicy.SKIP_UNCHANGED, false));

        assertThat(again.copied()).isZero();
        assertThat(again.skipped()).containsExactlyElementsOf(filesInTreeOrder(volume, "/t"));
        assertThat(camera.calls("list")).containsExactlyInAnyOrderElementsOf(directories);
        assertThat(camera.calls("stat")).isEmpty();
        assertThat(camera.calls("find")).containsExactly("find /"); // the plan's look at the destination
        assertThat(camera.batches()).isEmpty();
    }

    @Test
    void aTargetThatDoesNotBatchIsAskedFileByFileAndNeverListed() throws IOException {
        BatchingVolume host = copyFromCameraToHost(72, new CopyOptions(ConflictPolicy.SKIP, false));

        int entries = TreeWalker.entries(volume, volume.stat(VolumePath.parse("/t"))).size();
        assertThat(host.calls()).hasSize(1 + entries).allMatch(call -> call.startsWith("find "));
    }

    @Test
    void aCopyThatReplacesAsksNothingAboutFoldersItMade() throws IOException {
        BatchingVolume host = copyFromCameraToHost(74, CopyOptions.DEFAULT);

        assertThat(host.calls()).containsExactly("find /", "find /t"); // the plan's look, and the one folder made
        assertThat(filesInTreeOrder(other, "/t")).hasSameSizeAs(filesInTreeOrder(volume, "/t"));
    }

    /** Copies a seeded tree {@code /t} from a camera that batches to a host that does not; the host's calls are recorded. */
    private BatchingVolume copyFromCameraToHost(int seed, CopyOptions options) throws IOException {
        tree("t", seed);
        BatchingVolume camera = new BatchingVolume(imageHolding("source", "/t"), 8);
        BatchingVolume host = new BatchingVolume(other, 1);
        copy(camera, "/t", host, "/", options);
        assertThat(camera.batches()).isNotEmpty();
        return host;
    }

    @Test
    void progressStartsEachFileAsItsContentFlowsAndEndsAtTheTotal() throws IOException {
        tree("t", 73);
        long total = totalBytes(root.resolve("t"));
        int files = filesInTreeOrder(volume, "/t").size();
        BatchingVolume camera = new BatchingVolume(image("progress"), 8);
        ProgressLog up = new ProgressLog();
        copy(volume, "/t", camera, "/", new Copier(CopyOptions.DEFAULT, up));
        ProgressLog down = new ProgressLog();
        copy(camera, "/t", other, "/", new Copier(CopyOptions.DEFAULT, down));

        for (ProgressLog log : List.of(up, down)) {
            assertThat(log.events()).hasSize(2 * files);
            assertThat(log.overall()).isEqualTo(total);
            assertThat(log.total()).isEqualTo(total);
        }
    }

    @Test
    void twoBatchingVolumesCopyOneFileAtATimeAsDoesACopyWithinOneCamera() throws IOException {
        Map<String, String> expected = tree("t", 74);
        FatVolume first = imageHolding("first", "/t");
        BatchingVolume one = new BatchingVolume(first, 8);
        BatchingVolume two = new BatchingVolume(image("second"), 8);

        copy(one, "/t", two, "/", CopyOptions.DEFAULT);
        copy(one, "/t", one, "/again", CopyOptions.DEFAULT);

        assertThat(TreeSnapshot.ofVolume(two, VolumePath.parse("/t"))).isEqualTo(expected);
        assertThat(TreeSnapshot.ofVolume(one, VolumePath.parse("/again"))).isEqualTo(expected);
        assertThat(one.batches()).isEmpty();
        assertThat(two.batches()).isEmpty();
    }

    @Test
    void aSingleFileIsWrittenOnItsOwn() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
        BatchingVolume camera = new BatchingVolume(image("single"), 8);
        copy(volume, "/a.txt", camera, "/a.txt", CopyOptions.DEFAULT);
        assertThat(camera.batches()).isEmpty();
        assertThat(camera.calls("list")).isEmpty();
    }

    @Test
    void movesToAndFromACameraGoInBatchesAndAreVerified() throws IOException {
        Map<String, String> expected = tree("t", 75);
        BatchingVolume camera = new BatchingVolume(image("move"), 8);
        Mover mover = new Mover(CopyOptions.DEFAULT, TransferProgress.NONE);

        assertThat(mover.move(plan(volume, "/t", camera, "/"))).isTrue();
        assertThat(root.resolve("t")).doesNotExist();
        assertThat(TreeSnapshot.ofVolume(camera, VolumePath.parse("/t"))).isEqualTo(expected);
        assertThat(camera.batches()).isNotEmpty().allMatch(BatchingVolume.Batch::write);
        assertThat(camera.calls("sha256")).hasSameSizeAs(filesInTreeOrder(camera, "/t"));
        camera.clear();

        assertThat(mover.move(plan(camera, "/t", other, "/"))).isTrue();
        assertThat(camera.find(VolumePath.parse("/t"))).isEmpty();
        assertThat(TreeSnapshot.ofHost(otherRoot.resolve("t"))).isEqualTo(expected);
        assertThat(camera.batches()).isNotEmpty().noneMatch(BatchingVolume.Batch::write);
    }
}
