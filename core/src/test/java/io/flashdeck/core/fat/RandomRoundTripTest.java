package io.flashdeck.core.fat;

import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.flashdeck.core.fat.FatVolumeWriteTest.copyIn;
import static io.flashdeck.core.fat.FatVolumeWriteTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random trees written through {@link FatVolume}, then changed by seeded random deletes,
 * overwrites, renames and moves applied to a host copy as well: fsck.fat finds nothing and mtools
 * reads back the host copy exactly.
 */
class RandomRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}, seed {3}")
    @CsvSource({
            "12, 2000, -s 1, 1",
            "16, 20000, -s 2, 2",
            "16, 8000, -s 1 -f 1, 3",
            "32, 40000, -s 1, 4",
            "32, 300000, -s 4 -f 1, 5",
    })
    void roundTripsRandomTreesAndChanges(int bits, long sizeKb, String options, long seed) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        Path host = Files.createDirectories(dir.resolve("host"));
        RandomTree tree = RandomTree.create(host, seed, 120, 60_000);
        FatOptions pcNames = FatOptions.DEFAULT.withNameStyle(NameStyle.UNICODE);

        try (FatVolume volume = FatVolumeWriteTest.open(image, pcNames)) {
            copyIn(host, VolumePath.ROOT, volume);
            changeRandomly(volume, host, tree, new Random(seed));
            assertThat(TreeSnapshot.ofVolume(volume)).isEqualTo(TreeSnapshot.ofHost(host));
        }
        Fsck.check(image).requireClean();
        FatVolumeWriteTest.assertFsInfoMatchesFsck(image);
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(image).copyOut("::/", out);
        assertThat(TreeSnapshot.ofHost(out)).isEqualTo(TreeSnapshot.ofHost(host));
    }

    private static void changeRandomly(FatVolume volume, Path host, RandomTree tree, Random random) throws IOException {
        List<Path> files = new ArrayList<>(tree.files());
        List<Path> directories = new ArrayList<>(tree.directories());
        directories.add(host);
        for (int step = 0; step < 40 && !files.isEmpty(); step++) {
            int pick = random.nextInt(files.size());
            Path file = files.get(pick);
            VolumePath path = pathOf(host, file);
            switch (random.nextInt(4)) {
                case 0 -> {
                    volume.delete(path);
                    Files.delete(file);
                    files.remove(pick);
                }
                case 1 -> {
                    byte[] content = TestVolumes.content(random.nextLong(), random.nextInt(20_000));
                    write(volume, path, content);
                    Files.write(file, content);
                }
                default -> {
                    Path parent = random.nextBoolean() ? file.getParent() : directories.get(random.nextInt(directories.size()));
                    Path target = parent.resolve("moved " + step + " " + file.getFileName());
                    volume.rename(path, pathOf(host, target));
                    Files.move(file, target);
                    files.set(pick, target);
                }
            }
        }
    }

    private static VolumePath pathOf(Path host, Path file) {
        return VolumePath.parse(host.relativize(file).toString());
    }
}
