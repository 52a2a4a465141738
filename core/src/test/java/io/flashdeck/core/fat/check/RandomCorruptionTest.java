package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.OverlayBlockDevice;
import io.flashdeck.core.partition.LocatedVolume;
import io.flashdeck.core.partition.VolumeLocator;
import io.flashdeck.core.testing.BootSectorView;
import io.flashdeck.core.testing.Fixtures;
import io.flashdeck.core.testing.StrictDevice;
import io.flashdeck.core.testing.VolumeReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded random damage to the boot sector, the FATs and the directories of the oofatfs fixtures
 * and of mkfs.fat volumes: opening, listing, reading every file, checking, mapping and repairing (on a copy)
 * each end within a few seconds with data or an {@link IOException}, never another exception and
 * never an access outside the device; a repair that succeeds leaves a volume that checks clean.
 */
class RandomCorruptionTest {

    private static final int CASES = 400;
    private static final int MAX_READ = 4 << 20;
    private static final int MAX_DEPTH = 16;
    private static final Duration PER_CASE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"openmv_h7_flash.img", "sd_fat16_64m.img", "sd_mbr_fat16_48m.img", "fat12", "fat16", "fat32"})
    void everyStepEndsWithDataOrAnIOException(String source) throws IOException {
        MemoryBlockDevice pristine = new MemoryBlockDevice(volumeBytes(source));
        Regions regions = Regions.of(pristine);
        int repaired = 0;
        for (int seed = 0; seed < CASES; seed++) {
            OverlayBlockDevice damaged = new OverlayBlockDevice(pristine);
            regions.damage(damaged, new Random(seed));
            int caseSeed = seed;
            boolean clean = assertTimeoutPreemptively(PER_CASE, () -> runCase(damaged), () -> source + " seed " + caseSeed);
            repaired += clean ? 1 : 0;
        }
        // Most damage is repairable; the rest ends in clear errors (an unreadable boot sector).
        assertThat(repaired).isGreaterThan(CASES / 2);
    }

    /** Every step on one damaged volume; true when a repair left it clean. */
    private static boolean runCase(BlockDevice damaged) throws IOException {
        VolumeReader.readFatVolume(new StrictDevice(damaged, MAX_READ, false), MAX_DEPTH);
        try {
            FatChecker.check(new StrictDevice(damaged, MAX_READ, false));
            ClusterMap.build(FatFileSystem.open(new StrictDevice(damaged, MAX_READ, false), true), 1000);
        } catch (IOException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        OverlayBlockDevice copy = new OverlayBlockDevice(damaged);
        RepairReport report;
        try {
            report = FatRepairer.repair(new StrictDevice(copy, MAX_READ, true));
        } catch (IOException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return false;
        }
        assertThat(report.after().problems()).as("left after repair (%s)", report.failures())
                .allMatch(problem -> !problem.repairable());
        if (report.isClean()) {
            assertThat(FatChecker.check(new StrictDevice(copy, MAX_READ, false)).problems()).isEmpty();
            VolumeReader.readFatVolume(new StrictDevice(copy, MAX_READ, false), MAX_DEPTH);
        }
        return report.isClean();
    }

    /** Where damage hurts: the boot sector's fields, the start of each FAT copy, the root directory, the first clusters. */
    private record Regions(long[][] ranges, long clusterCount, int entryBytes) {

        static Regions of(BlockDevice volume) throws IOException {
            BootSectorView boot = BootSectorView.parse(volume.read(0, 512));
            long sector = boot.bytesPerSector();
            long fatOffset = boot.reservedSectors() * sector;
            long fatBytes = boot.sectorsPerFat() * sector;
            long rootOffset = fatOffset + boot.fatCount() * fatBytes;
            long rootBytes = (boot.rootEntries() * 32L + sector - 1) / sector * sector;
            long dataOffset = rootOffset + rootBytes;
            long clusterBytes = boot.sectorsPerCluster() * sector;
            long clusterCount = (boot.totalSectors() * sector - dataOffset) / clusterBytes;
            long[][] ranges = new long[boot.fatCount() + 3][];
            ranges[0] = new long[] {0, 90};
            for (int copy = 0; copy < boot.fatCount(); copy++) {
                ranges[1 + copy] = new long[] {fatOffset + copy * fatBytes, Math.min(fatBytes, 8192)};
            }
            ranges[boot.fatCount() + 1] = new long[] {rootOffset, rootBytes};
            ranges[boot.fatCount() + 2] = new long[] {dataOffset, Math.min(32 * clusterBytes, volume.size() - dataOffset)};
            return new Regions(ranges, clusterCount, boot.rootCluster() != 0 ? 4 : 2);
        }

        /** A few random bytes, or a few plausible cluster numbers (which make loops and cross-links), in random regions. */
        void damage(BlockDevice volume, Random random) throws IOException {
            for (int hits = 1 + random.nextInt(8); hits > 0; hits--) {
                long[] range = ranges[random.nextInt(ranges.length)];
                if (range[1] < entryBytes) {
                    continue;
                }
                long offset = range[0] + random.nextLong(range[1] - entryBytes + 1);
                ByteBuffer bytes = ByteBuffer.allocate(entryBytes).order(ByteOrder.LITTLE_ENDIAN);
                if (random.nextBoolean()) {
                    random.nextBytes(bytes.array());
                } else if (entryBytes == 4) {
                    bytes.putInt(0, (int) random.nextLong(clusterCount + 2));
                } else {
                    bytes.putShort(0, (short) random.nextLong(clusterCount + 2));
                }
                volume.write(offset, bytes);
            }
        }
    }

    private byte[] volumeBytes(String source) throws IOException {
        if (source.startsWith("fat")) {
            return Files.readAllBytes(new DamageLab(dir).volume(Integer.parseInt(source.substring(3)), "random"));
        }
        Path image = Fixtures.unpackOofatfs(source, dir);
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            LocatedVolume located = VolumeLocator.locate(device, null);
            return located.device().read(0, (int) located.device().size());
        }
    }
}
