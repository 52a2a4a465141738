package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.testing.BootSectorView;
import io.flashdeck.core.testing.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MICROPYTHON layout against volumes real MicroPython VfsFat made (the fixtures) and against
 * facts worked out by hand from oofatfs' f_mkfs.
 */
class MicroPythonLayoutTest {

    @TempDir
    Path dir;

    /**
     * openmv_h7_flash.img is a bare 128 KiB volume (an H7's internal flash), sd_fat16_64m.img a bare
     * 64 MiB one; sd_mbr_fat16_48m.img holds a 48 MiB volume (hidden sectors 0, so VfsFat formatted
     * the partition's own block device) behind an MBR whose one type-0x06 entry starts at sector 2048.
     * Formatting a device of the volume's size at the fixture's time must give the very same boot
     * sector, byte for byte.
     */
    @ParameterizedTest
    @CsvSource({"openmv_h7_flash.img, 0, 256", "sd_fat16_64m.img, 0, 131072", "sd_mbr_fat16_48m.img, 2048, 98304"})
    void bootSectorEqualsTheOneVfsFatWrote(String fixture, long volumeSector, long volumeSectors) throws IOException {
        Path image = Fixtures.unpackOofatfs(fixture, dir);
        byte[] expected = sectorAt(image, volumeSector * 512);
        if (volumeSector != 0) {
            byte[] mbr = sectorAt(image, 0);
            ByteBuffer entry = ByteBuffer.wrap(mbr).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(entry.getInt(446 + 8)).isEqualTo((int) volumeSector);
            assertThat(entry.getInt(446 + 12)).isEqualTo((int) volumeSectors);
        }
        BootSectorView view = BootSectorView.parse(expected);
        assertThat(view.totalSectors()).isEqualTo(volumeSectors);

        MemoryBlockDevice device = new MemoryBlockDevice((int) volumeSectors * 512);
        FormatResult result = FatFormatter.format(device, FormatOptions.defaults().withClock(clockAt(view.volumeId())));

        assertThat(result.volumeId()).isEqualTo(view.volumeId());
        assertThat(device.read(0, 512)).isEqualTo(expected);
        assertThat(BootSectorView.parse(device.read(0, 512)).geometry()).isEqualTo(view.geometry());
    }

    @Test
    void threeGibibytesBecomeFat16With64KibClustersAndNoTable() throws IOException {
        VolumeGeometry g = MicroPythonPlanner.plan(3L << 21, FormatOptions.defaults());
        assertThat(g.type()).isEqualTo(FatType.FAT16);
        assertThat(g.clusterBytes()).isEqualTo(64 * 1024);
        assertThat(g.hasMbr()).isFalse();
        // f_mkfs: (6291456 - 1 reserved - 193 FAT - 32 root) / 128 sectors per cluster.
        assertThat(g.sectorsPerFat()).isEqualTo(193);
        assertThat(g.clusterCount()).isEqualTo(49150);
    }

    /** At 4 GiB no cluster size keeps FAT16 under 65526 clusters: VfsFat falls back to FAT32 at sector 63. */
    @Test
    void fourGibibytesFallBackToFat32BehindAnMbr() throws IOException {
        VolumeGeometry g = MicroPythonPlanner.plan(4L << 21, FormatOptions.defaults());
        assertThat(g.type()).isEqualTo(FatType.FAT32);
        assertThat(g.offsetSectors()).isEqualTo(63);
        assertThat(g.hiddenSectors()).isEqualTo(63);
        assertThat(g.totalSectors()).isEqualTo((4L << 21) - 63);
        assertThat(g.sectorsPerCluster()).isEqualTo(64);
        assertThat(g.reservedSectors()).isEqualTo(32);
        assertThat(g.fatCount()).isEqualTo(1);
        // (8388545 / 64 clusters * 4 + 8) bytes of FAT, rounded up to sectors.
        assertThat(g.sectorsPerFat()).isEqualTo(1025);
    }

    @Test
    void theLastFat16SizeIsJustUnderFourGibibytes() throws IOException {
        // 65525 clusters of 128 sectors + 1 reserved + 256 FAT + 32 root sectors, and up to 127 spare
        // (the FAT is sized from the first estimate, 65528 clusters: 131060 bytes).
        long largest = 65525L * 128 + 1 + 256 + 32 + 127;
        assertThat(MicroPythonPlanner.plan(largest, FormatOptions.defaults()).type()).isEqualTo(FatType.FAT16);
        assertThat(MicroPythonPlanner.plan(largest + 1, FormatOptions.defaults()).type()).isEqualTo(FatType.FAT32);
    }

    @Test
    void twoMibibyteFlashIsFat12WithKibibyteClusters() throws IOException {
        VolumeGeometry g = MicroPythonPlanner.plan(4096, FormatOptions.defaults());
        // 4096 sectors first give 4046 FAT16 clusters, too few, so f_mkfs doubles the cluster size.
        assertThat(g.type()).isEqualTo(FatType.FAT12);
        assertThat(g.sectorsPerCluster()).isEqualTo(2);
        assertThat(g.clusterCount()).isEqualTo((4096 - 1 - 7 - 32) / 2);
    }

    @Test
    void devicesBeyondThirtyTwoBitSectorCountsUseTheFirst2Pow32Minus1Sectors() throws IOException {
        VolumeGeometry g = MicroPythonPlanner.plan(1L << 33, FormatOptions.defaults());
        assertThat(g.offsetSectors() + g.totalSectors()).isEqualTo(0xFFFFFFFFL);
        assertThat(g.clusterBytes()).isEqualTo(32 * 1024);
    }

    @Test
    void insideAPartitionTheFat32FallbackHasNoTableOfItsOwn() throws IOException {
        FormatOptions options = FormatOptions.defaults().withPartitionStartSector(2048L);
        VolumeGeometry g = MicroPythonPlanner.plan(8L << 21, options);
        assertThat(g.type()).isEqualTo(FatType.FAT32);
        assertThat(g.offsetSectors()).isZero();
        assertThat(g.hiddenSectors()).isEqualTo(2048);
        assertThat(g.totalSectors()).isEqualTo(8L << 21);
    }

    @Test
    void explicitClusterSizeIsNeverAdjusted() throws IOException {
        // 131072 sectors / 64 = 2048 clusters: FAT12, where FatFs' own choice would be 4 KiB FAT16.
        VolumeGeometry g = MicroPythonPlanner.plan(131072, FormatOptions.defaults().withClusterBytes(32768));
        assertThat(g.sectorsPerCluster()).isEqualTo(64);
        assertThat(g.type()).isEqualTo(FatType.FAT12);
        assertThatThrownBy(() -> MicroPythonPlanner.plan(131072,
                FormatOptions.defaults().withClusterBytes(32768).withFatType(FatType.FAT16)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("FAT16 does not fit a device of 64 MiB with 32 KiB clusters");
    }

    @Test
    void tooSmallDevicesAreRefusedClearly() {
        assertThatThrownBy(() -> FatFormatter.format(new MemoryBlockDevice(8 * 1024), FormatOptions.defaults()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("cannot format a device of 8 KiB");
    }

    private static Clock clockAt(int fatTime) {
        LocalDateTime time = LocalDateTime.of(1980 + (fatTime >>> 25), fatTime >>> 21 & 0xF, fatTime >>> 16 & 0x1F,
                fatTime >>> 11 & 0x1F, fatTime >>> 5 & 0x3F, (fatTime & 0x1F) * 2);
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static byte[] sectorAt(Path image, long offset) throws IOException {
        byte[] sector = new byte[512];
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "r")) {
            file.seek(offset);
            file.readFully(sector);
        }
        return sector;
    }
}
