package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.testing.BatchingVolume;
import io.flashdeck.core.testing.FaultyVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A batch that fails, is cancelled or writes wrong bytes leaves whole files or none, and says so. */
class CopierBatchFaultTest extends CameraCopyTestBase {

    /** {@code count} files of {@code size} random bytes in {@code /d} on the host: f00, f01... */
    private void flatFiles(int count, int size) throws IOException {
        Path directory = Files.createDirectory(root.resolve("d"));
        Random random = new Random(count * 31L + size);
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Files.write(directory.resolve(String.format("f%02d", i)), content);
        }
    }

    /** The files of the host tree {@code /d} that {@code actual} holds whole, by name. */
    private List<String> whole(Map<String, String> actual) throws IOException {
        Map<String, String> expected = TreeSnapshot.ofHost(root.resolve("d"));
        return actual.keySet().stream()
                .filter(name -> !actual.get(name).equals("dir") && actual.get(name).equals(expected.get(name)))
                .toList();
    }

    /**
     * Asserts that the files of {@code /d} in tree order arrived whole up to some file and not at
     * all from it on (no partial file under any name); returns how many arrived.
     */
    private int assertWholePrefix(Map<String, String> actual) throws IOException {
        VolumePath top = VolumePath.parse("/d");
        List<String> files = filesInTreeOrder(volume, "/d").stream().map(path -> top.relativize(path).toString())
                .toList();
        List<String> whole = whole(actual);
        int arrived = 0;
        while (arrived < files.size() && whole.contains(files.get(arrived))) {
            arrived++;
        }
        assertThat(actual.keySet()).as("arrived %d", arrived)
                .doesNotContainAnyElementsOf(files.subList(arrived, files.size()))
                .allMatch(name -> actual.get(name).equals("dir") || whole.contains(name));
        return arrived;
    }

    private static Map<String, String> snapshot(Volume volume) throws IOException {
        return TreeSnapshot.ofVolume(volume, VolumePath.parse("/d"));
    }

    /** Whether the file after the first {@code arrived} ones sat inside the last batch, between two others. */
    private static boolean failedInsideTheLastBatch(BatchingVolume camera, int arrived) {
        List<BatchingVolume.Batch> batches = camera.batches();
        int before = batches.stream().limit(batches.size() - 1).mapToInt(batch -> batch.files().size()).sum();
        return arrived > before && arrived < before + batches.get(batches.size() - 1).files().size() - 1;
    }

    @Test
    void aWriteFailingInsideABatchKeepsTheFilesBeforeItAndLeavesTheOthersAsTheyWere() throws IOException {
        flatFiles(10, 1000);
        FatVolume fat = image("failing");
        fat.mkdir(VolumePath.parse("/d"));
        copy(volume, "/d/f07", fat, "/d/f07", CopyOptions.DEFAULT);
        Map<String, String> before = snapshot(fat);
        Files.writeString(root.resolve("d/f07"), "changed"); // the camera keeps the old f07 when its turn never comes
        BatchingVolume camera = new BatchingVolume(new FaultyVolume(fat).failAfter(4500), 32);

        assertThatThrownBy(() -> copy(volume, "/d", camera, "/", CopyOptions.DEFAULT))
                .hasMessageContaining("injected write failure");

        assertThat(camera.batches()).hasSize(1);
        assertThat(whole(snapshot(fat))).containsExactly("/f00", "/f01", "/f02", "/f03");
        assertThat(snapshot(fat).keySet()).containsExactly("/f00", "/f01", "/f02", "/f03", "/f07");
        assertThat(snapshot(fat).get("/f07")).isEqualTo(before.get("/f07"));
    }

    @Test
    void uploadsFailingAtRandomPointsLeaveWholeFilesUpToTheFailureAndNoneAfter() throws IOException {
        Path tree = Files.createDirectory(root.resolve("d"));
        RandomTree.create(tree, 101, 40, 40_000);
        long total = totalBytes(tree);
        int inside = 0;
        for (long seed = 1; seed <= 8; seed++) {
            FatVolume fat = image("up" + seed);
            FaultyVolume failing = new FaultyVolume(fat).failAfter(new Random(seed).nextLong(total));
            BatchingVolume camera = new BatchingVolume(failing, filesPerBatch(seed));

            assertThatThrownBy(() -> copy(volume, "/d", camera, "/", CopyOptions.DEFAULT))
                    .hasMessageContaining("injected write failure");

            inside += failedInsideTheLastBatch(camera, assertWholePrefix(snapshot(fat))) ? 1 : 0;
        }
        assertThat(inside).isPositive();
    }

    @Test
    void downloadsFailingAtRandomPointsLeaveWholeFilesUpToTheFailureAndNoneAfter() throws IOException {
        Path tree = Files.createDirectory(root.resolve("d"));
        RandomTree.create(tree, 102, 40, 40_000);
        long total = totalBytes(tree);
        FatVolume fat = imageHolding("source", "/d");
        int inside = 0;
        for (long seed = 1; seed <= 8; seed++) {
            BatchingVolume camera = new BatchingVolume(fat, filesPerBatch(seed));
            String target = "c" + seed;
            Files.createDirectory(otherRoot.resolve(target));
            FaultyVolume host = new FaultyVolume(other).failAfter(new Random(seed).nextLong(total));

            assertThatThrownBy(() -> copy(camera, "/d", host, "/" + target, CopyOptions.DEFAULT))
                    .hasMessageContaining("injected write failure");

            int arrived = assertWholePrefix(TreeSnapshot.ofHost(otherRoot.resolve(target).resolve("d")));
            inside += failedInsideTheLastBatch(camera, arrived) ? 1 : 0;
        }
        assertThat(inside).isPositive();
        assertNoTemporaryFiles();
    }

    private static long totalBytes(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(otherRoot)) {
            assertThat(files.map(Path::toString).filter(name -> name.contains("flashdeck-tmp"))).isEmpty();
        }
    }

    /** Cancels as {@code file} starts ({@code atStart}) or once it is finished. */
    private static TransferProgress cancelling(String file, boolean atStart, Cancellation cancellation) {
        return new TransferProgress() {
            @Override
            public void fileStarted(VolumePath source, long size) {
                if (atStart && source.name().equals(file)) {
                    cancellation.cancel();
                }
            }

            @Override
            public void fileFinished(VolumePath source) {
                if (!atStart && source.name().equals(file)) {
                    cancellation.cancel();
                }
            }
        };
    }

    private static void copyCancelled(Volume from, Volume to, String file, boolean atStart) {
        Cancellation cancellation = new Cancellation();
        Copier copier = new Copier(CopyOptions.DEFAULT, cancelling(file, atStart, cancellation),
                ConflictDecider.always(ConflictPolicy.REPLACE), cancellation);
        assertThatThrownBy(() -> copy(from, "/d", to, "/", copier)).isInstanceOf(CopyCancelledException.class);
    }

    /**
     * Uploads ten files of 30,000 bytes, eight per batch, cancelled as {@code file} starts or once
     * it is finished. The batches would be f00-f07 and f08-f09: only the first is sent.
     */
    private FatVolume uploadCancelled(String file, boolean atStart) throws IOException {
        flatFiles(10, 30_000);
        FatVolume fat = image("cancel");
        BatchingVolume camera = new BatchingVolume(fat, 8);
        copyCancelled(volume, camera, file, atStart);
        assertThat(camera.batches()).hasSize(1);
        assertThat(camera.batches().get(0).files()).hasSize(8);
        return fat;
    }

    @Test
    void anUploadCancelledInsideABatchStopsAtTheFileItWasStarting() throws IOException {
        FatVolume fat = uploadCancelled("f03", true);
        assertThat(snapshot(fat).keySet()).containsExactly("/f00", "/f01", "/f02");
        assertWholePrefix(snapshot(fat));
    }

    @Test
    void aCancelledCopySendsNoFurtherBatch() throws IOException {
        FatVolume fat = uploadCancelled("f07", false);
        assertThat(whole(snapshot(fat))).hasSize(8).containsExactlyElementsOf(snapshot(fat).keySet());
    }

    @Test
    void aDownloadCancelledInsideABatchStopsAtTheFileItWasStarting() throws IOException {
        flatFiles(10, 30_000);
        FatVolume fat = imageHolding("cancel-down", "/d");
        BatchingVolume camera = new BatchingVolume(fat, 32);
        copyCancelled(camera, other, "f03", true);
        assertThat(camera.batches()).hasSize(1);
        assertThat(TreeSnapshot.ofHost(otherRoot.resolve("d")).keySet()).containsExactly("/f00", "/f01", "/f02");
        assertWholePrefix(TreeSnapshot.ofHost(otherRoot.resolve("d")));
        assertNoTemporaryFiles();
    }

    @Test
    void verificationAfterEachBatchCatchesACorruptedUpload() throws IOException {
        flatFiles(10, 1000);
        BatchingVolume camera = new BatchingVolume(image("verified"), 4);
        copy(volume, "/d", camera, "/", CopyOptions.DEFAULT.withVerify(true));
        List<String> expected = new ArrayList<>();
        for (BatchingVolume.Batch batch : camera.batches()) {
            expected.add("writeAll" + batch.files().stream().map(path -> " " + path).reduce("", String::concat));
            batch.files().forEach(file -> expected.add("sha256 " + file));
        }
        assertThat(camera.calls().stream().filter(call -> call.startsWith("writeAll") || call.startsWith("sha256")))
                .containsExactlyElementsOf(expected);
        assertThat(camera.batches()).hasSize(3);

        FatVolume corrupted = image("corrupted");
        BatchingVolume corrupting = new BatchingVolume(new FaultyVolume(corrupted).corrupting(), 4);
        assertThatThrownBy(() -> copy(volume, "/d", corrupting, "/", CopyOptions.DEFAULT.withVerify(true)))
                .hasMessage("/d/f00: verification failed: the written file differs from the source");
        assertThat(corrupting.calls("sha256")).containsExactly("sha256 /d/f00");
        assertThat(corrupting.batches()).hasSize(1);

        copy(volume, "/d", corrupting, "/", CopyOptions.DEFAULT);
        assertThat(whole(snapshot(corrupted))).isEmpty();
    }

    @Test
    void verificationCatchesACorruptedDownload() throws IOException {
        flatFiles(10, 1000);
        FatVolume fat = imageHolding("download", "/d");
        BatchingVolume camera = new BatchingVolume(fat, 4);
        FaultyVolume corrupting = new FaultyVolume(other).corrupting();
        assertThatThrownBy(() -> copy(camera, "/d", corrupting, "/", CopyOptions.DEFAULT.withVerify(true)))
                .hasMessage("/d/f00: verification failed: the written file differs from the source");
        assertThat(camera.batches()).hasSize(1);
    }
}
