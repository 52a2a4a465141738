package io.flashdeck.core.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.format.FatFormatter;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.format.ImageFiles;
import io.flashdeck.core.testing.BootSectorView;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.Fixtures;
import io.flashdeck.core.testing.Sfdisk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FatFs-style location of the FAT volume in bare images, MBR disks and GPT disks. */
class VolumeLocatorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"openmv_h7_flash.img", "sd_fat16_64m.img"})
    void bareFixturesAreTheWholeDevice(String fixture) throws IOException {
        Path image = Fixtures.unpackOofatfs(fixture, dir);
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            LocatedVolume located = VolumeLocator.locate(device, fixture, null);
            assertThat(located.selection()).isEqualTo(LocatedVolume.Selection.BARE_VOLUME);
            assertThat(located.device()).isSameAs(device);
            assertThat(located.partition()).isNull();
            assertThat(located.describe()).isEqualTo("the bare FAT volume (no partition table)");
        }
    }

    @Test
    void theMbrFixtureIsLocatedInsideItsPartition() throws IOException {
        Path image = Fixtures.unpackOofatfs("sd_mbr_fat16_48m.img", dir);
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            LocatedVolume located = VolumeLocator.locate(device, null);
            assertThat(located.selection()).isEqualTo(LocatedVolume.Selection.ONLY_FAT_PARTITION);
            assertThat(located.partition().startBytes()).isEqualTo(1 << 20);
            assertThat(located.device().size()).isEqualTo(48L << 20);
            assertThat(located.device().read(0, 11)).startsWith(0xEB, 0xFE, 0x90, 'M', 'S', 'D', 'O', 'S');
            assertThat(located.describe()).isEqualTo("partition 1, the only FAT partition");
            assertThat(VolumeLocator.locate(device, 1).selection()).isEqualTo(LocatedVolume.Selection.REQUESTED_PARTITION);
        }
    }

    /** OpenMV's USB drive shows the flash behind a made-up MBR: one type 0x01 partition at sector 256. */
    @Test
    void openMvUsbViewOfTheFlash() throws IOException {
        byte[] flash = Files.readAllBytes(Fixtures.unpackOofatfs("openmv_h7_flash.img", dir));
        Path image = dir.resolve("usb.img");
        ImageFiles.create(image, 256 * 512L + flash.length);
        Sfdisk.apply(image, "label: dos\nstart=256, size=" + flash.length / 512 + ", type=1\n");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            device.write(256 * 512L, ByteBuffer.wrap(flash));
            LocatedVolume located = VolumeLocator.locate(device, "usb.img", null);
            assertThat(located.partition().index()).isEqualTo(1);
            assertThat(located.partition().type()).isEqualTo("0x01");
            assertThat(located.device().read(0, flash.length)).isEqualTo(flash);
        }
    }

    /** VfsFat.mkfs' FAT32 fallback puts an MBR first and the volume at sector 63. */
    @Test
    void vfsFatFat32FallbackIsFoundAtSector63() throws IOException {
        Path image = dir.resolve("sd.img");
        ImageFiles.create(image, 8L << 30);
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FatFormatter.format(device, FormatOptions.defaults());
            LocatedVolume located = VolumeLocator.locate(device, null);
            assertThat(located.partition().startBytes()).isEqualTo(63 * 512);
            assertThat(located.partition().type()).isEqualTo("0x0C");
            assertThat(located.device().size()).isEqualTo((8L << 30) - 63 * 512);
        }
    }

    @Test
    void mkfsFatImagesAreBareEvenWithTheirFakeMbr() throws IOException {
        for (String option : new String[] {"--mbr=n", "--mbr=y"}) {
            Path image = dir.resolve("mkfs" + option + ".img");
            ImageFiles.create(image, 16 << 20);
            FatImages.mkfs(image, option);
            try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
                assertThat(VolumeLocator.locate(device, null).selection()).isEqualTo(LocatedVolume.Selection.BARE_VOLUME);
            }
        }
    }

    /** FatFs goes by the boot sector, not the type: a FAT volume in a "Linux" GPT partition is found. */
    @Test
    void gptDiskWithFatInTheSecondPartition() throws IOException {
        Path image = dir.resolve("gpt.img");
        ImageFiles.create(image, 8 << 20);
        Sfdisk.apply(image, "label: gpt\nstart=2048, size=2048, type=" + PartitionTableReaderTest.BASIC_DATA
                + "\nstart=4096, size=8192, type=" + PartitionTableReaderTest.LINUX + ", name=\"cam\"\n");
        FatImages.mkfs(image, 8192L / 2, "--offset=4096");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            LocatedVolume located = VolumeLocator.locate(device, "gpt.img", null);
            assertThat(located.partition().index()).isEqualTo(2);
            BootSectorView bpb = BootSectorView.parse(located.device().read(0, 512));
            assertThat(bpb.oem()).isEqualTo("mkfs.fat");
            assertThat(bpb.totalSectors() * 512).isLessThanOrEqualTo(located.device().size());
            assertThat(located.partition().name()).isEqualTo("cam");
            assertThat(located.table().scheme()).isEqualTo(PartitionScheme.GPT);
            assertThatThrownBy(() -> VolumeLocator.locate(device, "gpt.img", 1))
                    .hasMessageStartingWith("partition 1 of gpt.img holds no FAT file system: no boot signature");
            assertThatThrownBy(() -> VolumeLocator.locate(device, "gpt.img", 3))
                    .hasMessage("gpt.img has no partition 3; it has 1, 2");
        }
    }

    @Test
    void severalFatPartitionsPickTheFirstAndSaySo() throws IOException {
        Path image = dir.resolve("two.img");
        ImageFiles.create(image, 16 << 20);
        Sfdisk.apply(image, "label: dos\nstart=2048, size=4096, type=83\nstart=8192, size=8192, type=6\n"
                + "start=16384, size=16384, type=c\n");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FatFormatter.format(device.slice(16384L * 512, 16384L * 512), FormatOptions.defaults());
            FatFormatter.format(device.slice(8192L * 512, 8192L * 512), FormatOptions.defaults());
            LocatedVolume first = VolumeLocator.locate(device, null);
            assertThat(first.partition().index()).isEqualTo(2);
            assertThat(first.selection()).isEqualTo(LocatedVolume.Selection.FIRST_FAT_PARTITION);
            assertThat(first.fatPartitions()).containsExactly(2, 3);
            assertThat(first.describe()).isEqualTo("partition 2, the first of the FAT partitions 2, 3");
            LocatedVolume third = VolumeLocator.locate(device, 3);
            assertThat(third.device().size()).isEqualTo(16384L * 512);
        }
    }

    @Test
    void clearMessagesWhenThereIsNothingToFind() throws IOException {
        Path image = dir.resolve("disk.img");
        ImageFiles.create(image, 4 << 20);
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            assertThatThrownBy(() -> VolumeLocator.locate(device, "disk.img", null)).hasMessage(
                    "no FAT file system found in disk.img: sector 0 is not a FAT boot sector (no boot signature "
                            + "0x55AA) and there is no partition table (sector 0 has no 0x55AA signature)");
            assertThatThrownBy(() -> VolumeLocator.locate(device, "disk.img", 2))
                    .hasMessage("disk.img has no partition 2: it has no partition table");
        }
        Sfdisk.apply(image, "label: dos\nstart=2048, size=2048, type=c\n");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            assertThatThrownBy(() -> VolumeLocator.locate(device, "disk.img", null)).hasMessage(
                    "no FAT file system found in disk.img: sector 0 is not a FAT boot sector (no x86 jump at the "
                            + "start (0x00)) and its MBR partition table has partitions 1, none of which holds a FAT "
                            + "boot sector");
            assertThatThrownBy(() -> VolumeLocator.locate(device, "disk.img", 3))
                    .hasMessage("disk.img has no partition 3; it has 1");
        }
        Path bare = Fixtures.unpackOofatfs("openmv_h7_flash.img", dir);
        try (FileBlockDevice device = FileBlockDevice.open(bare, true)) {
            assertThatThrownBy(() -> VolumeLocator.locate(device, "flash.img", 1)).hasMessage(
                    "flash.img has no partition 1: it has no partition table and holds a bare FAT volume "
                            + "(name it without a partition number)");
        }
    }

    @Test
    void aFatBootSectorWithAnImpossibleBpbIsNotAVolume() throws IOException {
        Path image = Fixtures.unpackOofatfs("openmv_h7_flash.img", dir);
        byte[] bytes = Files.readAllBytes(image);
        bytes[13] = 3;
        Files.write(image, bytes);
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            assertThatThrownBy(() -> VolumeLocator.locate(device, "flash.img", null))
                    .hasMessageContaining("sector 0 is not a FAT boot sector (boot sector: sectors per cluster is 3");
        }
        assertThat(Arrays.copyOfRange(bytes, 54, 57)).containsExactly('F', 'A', 'T');
    }
}
