package io.flashdeck.core.fat;

import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.testing.StrictDevice;
import io.flashdeck.core.testing.VolumeReader;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded random damage to the boot sector, the FATs and the directories of real volumes: opening
 * and walking them gives clear {@link IOException}s or correct data, never another exception, a
 * read outside the device or a hang.
 */
class HostileImageTest {

    private static final int DAMAGED_COPIES = 150;
    private static final int MAX_DEPTH = 12;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}")
    @MethodSource("io.flashdeck.core.fat.TestVolumes#layouts")
    void survivesDamagedStructures(int bits, long sizeKb, String options) throws IOException {
        byte[] image = filledImage(bits, sizeKb, options);
        FatLayout layout = BootSector.parse(image, image.length).layout();
        int[][] targets = {
                {0, 90},
                {(int) layout.fatOffset(0), 4096},
                {(int) layout.rootDirOffset(), (int) layout.rootDirBytes()},
                {(int) layout.dataOffset(), 24 * layout.clusterBytes()},
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int seed = 0; seed < DAMAGED_COPIES; seed++) {
                Random random = new Random(seed);
                byte[] damaged = image.clone();
                for (int flips = 1 + random.nextInt(12); flips > 0; flips--) {
                    int[] target = targets[random.nextInt(targets.length)];
                    if (target[1] > 0) {
                        damaged[target[0] + random.nextInt(target[1])] = (byte) random.nextInt(256);
                    }
                }
                VolumeReader.readFatVolume(new StrictDevice(damaged, 4 << 20), MAX_DEPTH);
            }
        });
    }

    private byte[] filledImage(int bits, long sizeKb, String options) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        MemoryBlockDevice device = new MemoryBlockDevice(Files.readAllBytes(image));
        try (FatVolume volume = FatVolume.open(device, "v.img", FatOptions.DEFAULT)) {
            FatVolumeWriteTest.copyIn(FatVolumeReadTest.hostTree(dir.resolve("host")), VolumePath.ROOT, volume);
        }
        return device.toByteArray();
    }
}
