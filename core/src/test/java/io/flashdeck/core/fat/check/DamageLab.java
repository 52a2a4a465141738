package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.TreeSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Volumes to damage and the whole judgement of one damage: fsck.fat as an independent witness,
 * our checker naming exactly the kind of damage, a repair that fsck.fat then calls clean, and
 * every file the damage did not touch reading back unchanged.
 */
final class DamageLab {

    /** mkfs.fat arguments per FAT width: 512-byte clusters, so small files span several. */
    private static final Map<Integer, Long> SIZES_KIB = Map.of(12, 2000L, 16, 20000L, 32, 34000L);

    private final Map<Integer, Path> pristine = new HashMap<>();
    private final Path directory;

    DamageLab(Path directory) {
        this.directory = directory;
    }

    /**
     * A copy of a volume made by mkfs.fat and filled by mcopy: in the root A.TXT (3000 bytes),
     * B.TXT (5000), C.TXT (700), KEEP.BIN (9000), EMPTY.TXT (0), "Long File Name.txt" (1200) and
     * SUB holding INNER.TXT (2000) and DEEP/X.TXT (100).
     */
    Path volume(int bits, String name) throws IOException {
        Path source = pristine.get(bits);
        if (source == null) {
            source = build(bits);
            pristine.put(bits, source);
        }
        return Files.copy(source, directory.resolve(name + "-fat" + bits + ".img"), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path build(int bits) throws IOException {
        Path host = Files.createDirectories(directory.resolve("host" + bits));
        write(host.resolve("A.TXT"), 3000, 1);
        write(host.resolve("B.TXT"), 5000, 2);
        write(host.resolve("C.TXT"), 700, 3);
        write(host.resolve("KEEP.BIN"), 9000, 4);
        write(host.resolve("EMPTY.TXT"), 0, 5);
        write(host.resolve("Long File Name.txt"), 1200, 6);
        write(host.resolve("SUB").resolve("INNER.TXT"), 2000, 7);
        write(host.resolve("SUB").resolve("DEEP").resolve("X.TXT"), 100, 8);
        Path image = FatImages.mkfs(directory.resolve("pristine-fat" + bits + ".img"), bits, SIZES_KIB.get(bits),
                "-s", "1");
        try (var children = Files.list(host)) {
            MTools.on(image).copyIn("::/", children.sorted().toArray(Path[]::new));
        }
        Fsck.check(image).requireClean();
        return image;
    }

    private static void write(Path file, int size, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Files.write(file, bytes);
    }

    /** Everything on the volume, read by the engine (path → "dir" or size and hash). */
    static Map<String, String> snapshot(Path image) throws IOException {
        try (FatVolume volume = FatVolume.open(FileBlockDevice.open(image, true), image.toString(),
                FatOptions.DEFAULT.withReadOnly(true))) {
            return TreeSnapshot.ofVolume(volume);
        }
    }

    static CheckReport check(Path image) throws IOException {
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            return FatChecker.check(device);
        }
    }

    static RepairReport repair(Path image) throws IOException {
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            return FatRepairer.repair(device);
        }
    }

    /**
     * Judges a damaged volume: fsck.fat sees a problem and says {@code fsckSays} (null: fsck.fat
     * does not report this kind, and the test records that it stays silent), our checker reports
     * exactly {@code kinds}, the repair leaves a volume fsck.fat calls clean and our checker too,
     * and every path of {@code before} outside {@code involved} reads back as it was.
     */
    static RepairReport judge(Path image, Map<String, String> before, Set<String> involved, String fsckSays,
            ProblemKind... kinds) throws IOException {
        Fsck.Report witness = Fsck.check(image);
        if (fsckSays == null) {
            assertThat(witness.isClean()).as("fsck.fat does not report this damage\n" + witness.run().transcript()).isTrue();
        } else {
            assertThat(witness.isClean()).as("fsck.fat sees the damage").isFalse();
            assertThat(witness.run().stdout() + witness.run().stderr()).contains(fsckSays);
        }
        byte[] unchecked = Files.readAllBytes(image);
        CheckReport report = check(image);
        assertThat(Files.readAllBytes(image)).as("checking writes nothing").isEqualTo(unchecked);
        assertThat(report.kinds()).as(report.problems().toString()).containsExactlyInAnyOrder(kinds);
        assertThat(report.problems()).allMatch(Problem::repairable);

        RepairReport repair = repair(image);
        assertThat(repair.failures()).isEmpty();
        assertThat(repair.isClean()).as(repair.after().problems().toString()).isTrue();
        Fsck.check(image).requireClean();
        assertThat(check(image).problems()).isEmpty();
        Map<String, String> after = snapshot(image);
        for (Map.Entry<String, String> entry : before.entrySet()) {
            if (!involved.contains(entry.getKey())) {
                assertThat(after.get(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
            }
        }
        return repair;
    }

    static Set<String> paths(String... paths) {
        return Set.copyOf(Arrays.asList(paths));
    }

    static List<Integer> widths() {
        return List.of(12, 16, 32);
    }
}
