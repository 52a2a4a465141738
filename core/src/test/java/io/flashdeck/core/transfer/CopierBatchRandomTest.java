package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.testing.BatchingVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random trees copied over an earlier version of themselves, with every conflict policy, to and
 * from a camera: the batches leave exactly what a copy file by file leaves, and report the same.
 */
class CopierBatchRandomTest extends CameraCopyTestBase {

    /**
     * Writes an earlier version of {@code source} at {@code old}: each file the same, changed (keeping
     * its size or not) or missing, and a file of its own. Names that number each other come along.
     */
    private static void earlierVersion(Path source, Path old, Random random) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path there = old.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(there);
                continue;
            }
            byte[] content = Files.readAllBytes(path);
            switch (random.nextInt(4)) {
                case 0 -> Files.write(there, content);
                case 1 -> {
                    if (content.length > 0) {
                        content[random.nextInt(content.length)] ^= 1;
                    }
                    Files.write(there, content);
                }
                case 2 -> Files.writeString(there, "old " + path.getFileName());
                default -> { }
            }
        }
        Files.writeString(old.resolve("only old.txt"), "old");
    }

    /** A random tree at {@code root/s} with names that number each other; its older version at {@code root/o}. */
    private void trees(long seed) throws IOException {
        Path source = Files.createDirectory(root.resolve("s"));
        RandomTree.create(source, seed, 30, 120_000);
        for (String name : List.of("n", "n (1)", "m (1).txt", "m.txt")) {
            Files.writeString(source.resolve(name), "new " + name);
        }
        earlierVersion(source, Files.createDirectory(root.resolve("o")), new Random(seed));
        Files.writeString(root.resolve("o/n"), "old n");
        Files.writeString(root.resolve("o/m.txt"), "old m");
    }

    private void clearHost() throws IOException {
        for (Path top : List.of(root, otherRoot)) {
            try (Stream<Path> walk = Files.walk(top)) {
                for (Path path : walk.sorted((a, b) -> b.compareTo(a)).filter(path -> !path.equals(top)).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The batches were used, and left what the copy file by file left. */
    private static void assertSameOutcome(String copy, BatchingVolume camera, CopyResult result, CopyResult oneByOne,
            Map<String, String> batched, Map<String, String> plain) {
        assertThat(camera.batches()).as(copy).isNotEmpty();
        assertThat(result).as(copy).isEqualTo(oneByOne);
        assertThat(batched).as(copy).isEqualTo(plain);
    }

    /** The trees conflict: only replacing and keeping both skip nothing. */
    private static boolean skipsNone(ConflictPolicy policy) {
        return policy == ConflictPolicy.REPLACE || policy == ConflictPolicy.KEEP_BOTH;
    }

    @Test
    void uploadsLeaveWhatACopyFileByFileLeaves() throws IOException {
        for (ConflictPolicy policy : ConflictPolicy.values()) {
            for (long seed = 81; seed <= 82; seed++) {
                trees(seed);
                FatVolume batched = image("up-" + policy + seed);
                FatVolume plain = image("up-plain-" + policy + seed);
                BatchingVolume camera = new BatchingVolume(batched, filesPerBatch(seed));
                CopyOptions options = new CopyOptions(policy, true);
                for (FatVolume fat : List.of(batched, plain)) {
                    copy(volume, "/o", fat, "/s", CopyOptions.DEFAULT);
                }

                CopyResult result = copy(volume, "/s", camera, "/", options);
                CopyResult oneByOne = copy(volume, "/s", plain, "/", options);

                assertSameOutcome(policy + " " + seed, camera, result, oneByOne, TreeSnapshot.ofVolume(batched),
                        TreeSnapshot.ofVolume(plain));
                assertThat(camera.calls("stat")).isEmpty();
                assertThat(result.skipped().isEmpty()).isEqualTo(skipsNone(policy));
                clearHost();
            }
        }
    }

    @Test
    void downloadsLeaveWhatACopyFileByFileLeaves() throws IOException {
        for (ConflictPolicy policy : ConflictPolicy.values()) {
            for (long seed = 91; seed <= 92; seed++) {
                trees(seed);
                FatVolume fat = imageHolding("down-" + policy + seed, "/s");
                BatchingVolume camera = new BatchingVolume(fat, filesPerBatch(seed));
                for (String target : List.of("batched", "plain")) {
                    Files.createDirectory(otherRoot.resolve(target));
                    copy(volume, "/o", other, "/" + target + "/s", CopyOptions.DEFAULT);
                }
                CopyOptions options = new CopyOptions(policy, true);

                CopyResult result = copy(camera, "/s", other, "/batched", options);
                CopyResult oneByOne = copy(fat, "/s", other, "/plain", options);

                assertSameOutcome(policy + " " + seed, camera, result, oneByOne,
                        TreeSnapshot.ofHost(otherRoot.resolve("batched")),
                        TreeSnapshot.ofHost(otherRoot.resolve("plain")));
                assertThat(result.skipped().isEmpty()).isEqualTo(skipsNone(policy));
                clearHost();
            }
        }
    }
}
