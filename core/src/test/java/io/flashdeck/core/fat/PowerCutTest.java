package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.flashdeck.core.fat.FatVolumeWriteTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cuts the power after every possible number of sector writes of an operation and checks what a
 * reader then finds: every file that existed before is intact (with its old or new content), and
 * the changed entry is either as before or as after; a rename may show both names, never neither.
 */
class PowerCutTest {

    @TempDir
    Path dir;

    /** One change to the prepared volume. */
    private interface Change {
        void apply(FatVolume volume) throws IOException;
    }

    private record Scenario(String name, boolean mayShowBoth, Change change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        List<Scenario> changes = List.of(
                new Scenario("write a new file", false,
                        v -> write(v, VolumePath.of("A New File With A Long Name.bin"), TestVolumes.content(10, 5000))),
                new Scenario("replace a file", false, v -> write(v, VolumePath.of("target.txt"), TestVolumes.content(11, 6000))),
                new Scenario("shrink a file", false, v -> write(v, VolumePath.of("target.txt"), TestVolumes.content(12, 10))),
                new Scenario("make a directory", false, v -> v.mkdir(VolumePath.of("New Directory"))),
                new Scenario("delete a file", false, v -> v.delete(VolumePath.of("d", "Long Named File.txt"))),
                new Scenario("delete a directory", false, v -> v.delete(VolumePath.of("e"))),
                new Scenario("move a file", true, v -> v.rename(VolumePath.of("target.txt"), VolumePath.of("d", "Renamed Target.txt"))),
                new Scenario("move a directory", true, v -> v.rename(VolumePath.of("d"), VolumePath.of("e", "d moved"))),
                new Scenario("grow a directory", false,
                        v -> write(v, VolumePath.of("full", "one more with a long name.txt"), TestVolumes.content(13, 700))));
        List<Arguments> arguments = new ArrayList<>();
        for (String volume : List.of("12 1440 -s 1", "16 4096 -s 1", "32 34000 -s 1")) {
            for (Scenario change : changes) {
                arguments.add(Arguments.of(volume, change));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "FAT{0}: {1}")
    @MethodSource("scenarios")
    void leavesOldOrNewStateAfterACutAtAnySectorWrite(String volume, Scenario scenario) throws IOException {
        MemoryBlockDevice prepared = prepare(volume.split(" "));
        Map<String, String> before = snapshot(prepared);
        OverlayBlockDevice complete = new OverlayBlockDevice(prepared);
        CuttingBlockDevice counter = new CuttingBlockDevice(complete, Long.MAX_VALUE);
        FatVolume uncut = FatVolume.open(counter, "v.img", FatOptions.DEFAULT);
        scenario.change().apply(uncut);
        uncut.flush();
        Map<String, String> after = snapshot(complete);
        assertThat(after).isNotEqualTo(before);
        Map<String, String> both = new TreeMap<>(before);
        both.putAll(after);

        for (long budget = 0; budget < counter.sectorsWritten(); budget++) {
            OverlayBlockDevice disk = new OverlayBlockDevice(prepared);
            try {
                scenario.change().apply(FatVolume.open(new CuttingBlockDevice(disk, budget), "v.img", FatOptions.DEFAULT));
            } catch (IOException expected) {
                assertThat(expected).hasMessage("power cut");
            }
            Map<String, String> found = snapshot(disk);
            if (scenario.mayShowBoth()) {
                assertThat(found).as("after %d sector writes", budget).isIn(before, after, both);
            } else {
                assertThat(found).as("after %d sector writes", budget).isIn(before, after);
            }
        }
    }

    /** A volume with files to keep, a file to change, directories and a directory one cluster full. */
    private MemoryBlockDevice prepare(String[] volume) throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), Integer.parseInt(volume[0]), Long.parseLong(volume[1]),
                volume[2], volume[3]);
        MemoryBlockDevice disk = new MemoryBlockDevice(Files.readAllBytes(image));
        try (FatVolume prepared = FatVolume.open(disk, "v.img", FatOptions.DEFAULT)) {
            write(prepared, VolumePath.of("keep.txt"), TestVolumes.content(1, 3000));
            write(prepared, VolumePath.of("target.txt"), TestVolumes.content(2, 2500));
            prepared.mkdir(VolumePath.of("d"));
            write(prepared, VolumePath.of("d", "Long Named File.txt"), TestVolumes.content(3, 700));
            write(prepared, VolumePath.of("d", "y.txt"), TestVolumes.content(4, 1200));
            prepared.mkdir(VolumePath.of("e"));
            prepared.mkdir(VolumePath.of("full"));
            int slots = prepared.fileSystem().clusters().clusterBytes() / 32;
            for (int i = 0; i < slots - 2; i++) {
                write(prepared, VolumePath.of("full", "F" + i), TestVolumes.content(20 + i, 10));
            }
        }
        Files.write(image, disk.toByteArray());
        Fsck.check(image).requireClean();
        return disk;
    }

    private static Map<String, String> snapshot(BlockDevice image) throws IOException {
        try (FatVolume volume = FatVolume.open(image, "v.img", FatOptions.DEFAULT.withReadOnly(true))) {
            return TreeSnapshot.ofVolume(volume);
        }
    }
}
