package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.CuttingBlockDevice;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes cut off after every possible number of sector writes (the engine's power-cut device): the
 * files that existed before and were not being changed are intact, and the repair leaves a volume
 * fsck.fat calls clean, with those files still intact.
 */
class PowerCutRepairTest extends LabTest {

    /** One change, and the paths it may touch. */
    private interface Change {
        void apply(Volume volume) throws IOException;
    }

    private record Scenario(String name, Set<String> involved, Change change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        List<Scenario> changes = List.of(
                new Scenario("write a new file", Set.of("/SUB/New File With A Long Name.bin"),
                        v -> write(v, VolumePath.of("SUB", "New File With A Long Name.bin"), 6000)),
                new Scenario("replace a file", Set.of("/A.TXT"), v -> write(v, VolumePath.of("A.TXT"), 4000)),
                new Scenario("delete a file", Set.of("/KEEP.BIN"), v -> v.delete(VolumePath.of("KEEP.BIN"))),
                new Scenario("make a directory", Set.of("/SUB/New Directory"),
                        v -> v.mkdir(VolumePath.of("SUB", "New Directory"))),
                new Scenario("move a file", Set.of("/B.TXT", "/SUB/DEEP/B moved.txt"),
                        v -> v.rename(VolumePath.of("B.TXT"), VolumePath.of("SUB", "DEEP", "B moved.txt"))));
        return Stream.of(12, 16, 32).flatMap(bits -> changes.stream().map(change -> Arguments.of(bits, change)));
    }

    @ParameterizedTest(name = "FAT{0}: {1}")
    @MethodSource("scenarios")
    void repairAfterACutAtAnySectorWriteLeavesACleanVolume(int bits, Scenario scenario) throws IOException {
        Path pristine = lab.volume(bits, "pristine");
        Path image = lab.volume(bits, "cut");
        Map<String, String> before = DamageLab.snapshot(image);
        long writes;
        try (FileBlockDevice file = FileBlockDevice.open(image, false)) {
            WriteLog log = new WriteLog(file);
            writes = cutAfter(log, scenario, Long.MAX_VALUE);
            log.restoreFrom(pristine);
        }
        assertThat(writes).isPositive();

        for (long budget = 0; budget < writes; budget++) {
            String when = scenario + " cut after " + budget + " of " + writes + " sector writes";
            try (FileBlockDevice file = FileBlockDevice.open(image, false)) {
                WriteLog log = new WriteLog(file);
                cutAfter(log, scenario, budget);
                assertUntouchedIntact(before, DamageLab.snapshot(image), scenario.involved(), when);

                RepairReport repair = FatRepairer.repair(log);
                assertThat(repair.isClean()).as(when + ": " + repair.after().problems()).isTrue();
                Fsck.Report fsck = Fsck.check(image);
                assertThat(fsck.isClean()).as(when + "\n" + fsck.run().transcript()).isTrue();
                assertUntouchedIntact(before, DamageLab.snapshot(image), scenario.involved(), when + ", repaired");
                log.restoreFrom(pristine);
            }
        }
    }

    /** Applies the change with the power cut after {@code budget} sector writes; returns the writes made. */
    private static long cutAfter(BlockDevice disk, Scenario scenario, long budget) throws IOException {
        CuttingBlockDevice device = new CuttingBlockDevice(disk, budget);
        try {
            FatVolume volume = FatVolume.open(device, "cut.img", FatOptions.DEFAULT);
            scenario.change().apply(volume);
            volume.flush();
        } catch (IOException cut) {
            assertThat(cut).hasMessage("power cut");
        }
        return device.sectorsWritten();
    }

    private static void assertUntouchedIntact(Map<String, String> before, Map<String, String> found, Set<String> involved,
            String when) {
        for (Map.Entry<String, String> entry : before.entrySet()) {
            if (!involved.contains(entry.getKey())) {
                assertThat(found.get(entry.getKey())).as(when + ": " + entry.getKey()).isEqualTo(entry.getValue());
            }
        }
    }

    private static void write(Volume volume, VolumePath path, int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        volume.write(path, new ByteArrayInputStream(content), size, WriteOptions.DEFAULT);
    }
}
