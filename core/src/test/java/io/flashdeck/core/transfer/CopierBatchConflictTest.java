package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.testing.BatchingVolume;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every conflict policy, and a decider's questions, give with batches what they give file by file. */
class CopierBatchConflictTest extends CameraCopyTestBase {

    private static void write(Volume volume, String path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        volume.write(VolumePath.parse(path), new ByteArrayInputStream(bytes), bytes.length, WriteOptions.DEFAULT);
    }

    /** Each file's content on {@code volume} below {@code top}, by path. */
    private static Map<String, String> contents(Volume volume, String top) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (VolumePath file : filesInTreeOrder(volume, top)) {
            try (var in = volume.openRead(file)) {
                contents.put(file.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    /** In {@code /d}: a.txt changed, b.txt the same, c.txt changed at the same size, d.txt new. */
    private BatchingVolume cameraWithOldFiles(String name) throws IOException {
        Files.createDirectory(root.resolve("d"));
        for (String file : List.of("a.txt:new a", "b.txt:same", "c.txt:newc", "d.txt:new d")) {
            Files.writeString(root.resolve("d").resolve(file.split(":")[0]), file.split(":")[1]);
        }
        FatVolume fat = image(name);
        fat.mkdir(VolumePath.parse("/d"));
        write(fat, "/d/a.txt", "old a!!");
        write(fat, "/d/b.txt", "same");
        write(fat, "/d/c.txt", "oldc");
        return new BatchingVolume(fat, 8);
    }

    /** Copies {@code /d} over the camera's old files with {@code policy}, in one batch and without a stat. */
    private void assertPolicyLeaves(ConflictPolicy policy, CopyResult expected, Map<String, String> files)
            throws IOException {
        BatchingVolume camera = cameraWithOldFiles(policy.name());
        assertThat(copy(volume, "/d", camera, "/", new CopyOptions(policy, true))).isEqualTo(expected);
        assertThat(camera.calls("stat")).isEmpty();
        assertThat(camera.calls("find")).containsExactly("find /"); // the plan's look at the destination
        assertThat(camera.batches()).hasSize(1);
        assertThat(contents(camera, "/d")).isEqualTo(files);
    }

    @Test
    void replaceWritesEveryFile() throws IOException {
        assertPolicyLeaves(ConflictPolicy.REPLACE, new CopyResult(4, List.of()),
                Map.of("/d/a.txt", "new a", "/d/b.txt", "same", "/d/c.txt", "newc", "/d/d.txt", "new d"));
    }

    @Test
    void skipLeavesEveryExistingFile() throws IOException {
        assertPolicyLeaves(ConflictPolicy.SKIP, new CopyResult(1, List.of(VolumePath.parse("/d/a.txt"),
                        VolumePath.parse("/d/b.txt"), VolumePath.parse("/d/c.txt"))),
                Map.of("/d/a.txt", "old a!!", "/d/b.txt", "same", "/d/c.txt", "oldc", "/d/d.txt", "new d"));
    }

    @Test
    void skipUnchangedLeavesOnlyTheFileWithTheSameContent() throws IOException {
        assertPolicyLeaves(ConflictPolicy.SKIP_UNCHANGED, new CopyResult(3, List.of(VolumePath.parse("/d/b.txt"))),
                Map.of("/d/a.txt", "new a", "/d/b.txt", "same", "/d/c.txt", "newc", "/d/d.txt", "new d"));
    }

    @Test
    void keepBothNumbersTheNewFiles() throws IOException {
        assertPolicyLeaves(ConflictPolicy.KEEP_BOTH, new CopyResult(4, List.of()), Map.of("/d/a.txt", "old a!!",
                "/d/a (1).txt", "new a", "/d/b.txt", "same", "/d/b (1).txt", "same", "/d/c.txt", "oldc",
                "/d/c (1).txt", "newc", "/d/d.txt", "new d"));
    }

    @Test
    void aNumberedNameAnEarlierFileOfTheBatchTakesIsNotTakenTwice() throws IOException {
        Files.createDirectory(root.resolve("d"));
        for (String name : List.of("x", "x (1)", "y (1).txt", "y.txt")) {
            Files.writeString(root.resolve("d").resolve(name), "source " + name);
        }
        FatVolume batched = image("numbered");
        FatVolume plain = image("numbered-plain");
        for (Volume fat : List.of(batched, plain)) {
            fat.mkdir(VolumePath.parse("/d"));
            write(fat, "/d/x", "old x");
            write(fat, "/d/y.txt", "old y.txt");
        }
        BatchingVolume camera = new BatchingVolume(batched, 8);

        copy(volume, "/d", camera, "/", new CopyOptions(ConflictPolicy.KEEP_BOTH, false));
        copy(volume, "/d", plain, "/", new CopyOptions(ConflictPolicy.KEEP_BOTH, false));

        assertThat(contents(camera, "/d")).isEqualTo(contents(plain, "/d")).containsOnly(Map.entry("/d/x", "old x"),
                Map.entry("/d/x (1)", "source x"), Map.entry("/d/x (1) (1)", "source x (1)"),
                Map.entry("/d/y (1).txt", "source y (1).txt"), Map.entry("/d/y (2).txt", "source y.txt"),
                Map.entry("/d/y.txt", "old y.txt"));
        // "x (1)" meets the name just given to x: it waits for x to be written, then is judged against it.
        assertThat(camera.batches()).extracting(batch -> batch.files().stream().map(VolumePath::toString).toList())
                .containsExactly(List.of("/d/x (1)"), List.of("/d/x (1) (1)", "/d/y (1).txt", "/d/y (2).txt"));
    }

    @Test
    void namesTheCameraTakesForOneMeetAsTheyDoFileByFile() throws IOException {
        Files.createDirectory(root.resolve("d"));
        Files.writeString(root.resolve("d/Note.txt"), "same");
        Files.writeString(root.resolve("d/note.TXT"), "same");
        Files.writeString(root.resolve("d/readme.txt"), "new readme");
        for (ConflictPolicy policy : ConflictPolicy.values()) {
            FatVolume batched = image("case-" + policy);
            FatVolume plain = image("case-plain-" + policy);
            for (Volume fat : List.of(batched, plain)) {
                fat.mkdir(VolumePath.parse("/d"));
                write(fat, "/d/README.TXT", "old readme");
            }
            CopyOptions options = new CopyOptions(policy, false);

            CopyResult result = copy(volume, "/d", new BatchingVolume(batched, 8), "/", options);

            assertThat(result).as(policy.name()).isEqualTo(copy(volume, "/d", plain, "/", options));
            assertThat(contents(batched, "/d")).as(policy.name()).isEqualTo(contents(plain, "/d"));
            if (policy == ConflictPolicy.SKIP) {
                assertThat(result.skipped()).containsExactly(VolumePath.parse("/d/note.TXT"),
                        VolumePath.parse("/d/readme.txt"));
                assertThat(contents(batched, "/d")).containsOnly(Map.entry("/d/Note.txt", "same"),
                        Map.entry("/d/README.TXT", "old readme"));
            }
        }
    }

    @Test
    void aFileOverADirectoryIsRefused() throws IOException {
        Files.createDirectory(root.resolve("d"));
        Files.writeString(root.resolve("d/a"), "a");
        Files.writeString(root.resolve("d/b"), "b");
        FatVolume fat = image("refused");
        fat.mkdir(VolumePath.parse("/d"));
        fat.mkdir(VolumePath.parse("/d/b"));
        BatchingVolume camera = new BatchingVolume(fat, 8);
        assertThatThrownBy(() -> copy(volume, "/d", camera, "/", CopyOptions.DEFAULT))
                .hasMessage("/d/b: cannot overwrite a directory with a file");
    }

    @Test
    void theDeciderIsAskedFileByFileBeforeTheBatchThatWritesThem() throws IOException {
        Files.createDirectory(root.resolve("d"));
        FatVolume batched = image("asked");
        FatVolume plain = image("asked-plain");
        for (Volume fat : List.of(batched, plain)) {
            fat.mkdir(VolumePath.parse("/d"));
        }
        for (int i = 0; i < 12; i++) {
            Files.writeString(root.resolve("d").resolve("f" + (char) ('a' + i)), "new " + i);
            for (Volume fat : List.of(batched, plain)) {
                write(fat, "/d/f" + (char) ('a' + i), i % 3 == 0 ? "new " + i : "old " + i);
            }
        }
        BatchingVolume camera = new BatchingVolume(batched, 4);
        List<String> asked = new ArrayList<>();
        ConflictDecider asking = (source, sourceEntry, target, existing) -> {
            asked.add(source.path() + " after " + camera.batches().size());
            return byName(source);
        };

        CopyResult result = askingCopier(asking).copy(plan(volume, "/d", camera, "/"));
        CopyResult oneByOne = askingCopier((source, sourceEntry, target, existing) -> byName(source))
                .copy(plan(volume, "/d", plain, "/"));

        // Four files a batch: the questions about a batch's files come after the batch before it was written.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("/d/f" + (char) ('a' + i) + " after " + i / 4);
        }
        assertThat(asked).containsExactlyElementsOf(expected);
        assertThat(camera.batches()).hasSize(3);
        assertThat(result).isEqualTo(oneByOne);
        assertThat(TreeSnapshot.ofVolume(batched)).isEqualTo(TreeSnapshot.ofVolume(plain));
    }

    /** Each policy in turn, by the file's name: fa skips, fb skips if unchanged, fc keeps both, fd replaces... */
    private static ConflictPolicy byName(Endpoint source) {
        return ConflictPolicy.values()[source.path().name().charAt(1) % ConflictPolicy.values().length];
    }

    private static Copier askingCopier(ConflictDecider decider) {
        return new Copier(CopyOptions.DEFAULT.withVerify(true), TransferProgress.NONE, decider, Cancellation.NEVER);
    }
}
