package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.BootSectorView;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the formatter writes, and what it leaves alone. */
class FatFormatterTest {

    private static final FormatOptions MICROPYTHON = FormatOptions.defaults()
            .withClock(MicroPythonFormatToolsTest.CLOCK);
    private static final FormatOptions MKFS = MICROPYTHON.withLayout(Layout.MKFS);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"MICROPYTHON, , 4M", "MKFS, , 4M", "MKFS, FAT32, 64M", "MICROPYTHON, FAT32, 64M", "MKFS, , 1440K"})
    void garbageOnTheDeviceDoesNotSurviveIntoTheNewVolume(Layout layout, FatType type, String size) throws IOException {
        Path image = dir.resolve("reused.img");
        long bytes = SizeParser.parse(size);
        ImageFiles.create(image, bytes);
        byte[] garbage = new byte[(int) Math.min(bytes, 8 << 20)];
        new Random(bytes).nextBytes(garbage);
        FormatResult result;
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            device.write(0, ByteBuffer.wrap(garbage));
            result = FatFormatter.format(device, MICROPYTHON.withLayout(layout).withFatType(type));
        }
        ToolChecks.assertSoundAndUsable(image, result, dir, 7);
        ExternalTool.Result listing = MTools.on(image, result.partitionOffsetBytes()).listRoot();
        assertThat(listing.stdout()).contains("1 file");
    }

    @Test
    void everyFatCopyIsIdenticalAndTheFat32BackupsMatch() throws IOException {
        Path image = dir.resolve("copies.img");
        ImageFiles.create(image, 600L << 20);
        FormatResult result;
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            result = FatFormatter.format(device, MKFS.withLabel("COPIES"));
            VolumeGeometry g = result.geometry();
            int fatBytes = (int) g.sectorsPerFat() * 512;
            byte[] first = device.read(g.fatStart(0) * 512, fatBytes);
            assertThat(device.read(g.fatStart(1) * 512, fatBytes)).isEqualTo(first);
            ByteBuffer entries = ByteBuffer.wrap(first).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(entries.getInt(0)).isEqualTo(0x0FFFFFF8);
            assertThat(entries.getInt(8) & 0x0FFFFFFF).as("root directory chain ends").isGreaterThanOrEqualTo(0x0FFFFFF8);
            assertThat(device.read(6 * 512, 512)).isEqualTo(device.read(0, 512));
            assertThat(device.read(7 * 512, 512)).isEqualTo(device.read(512, 512));
            ByteBuffer fsInfo = ByteBuffer.wrap(device.read(512, 512)).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(Integer.toUnsignedLong(fsInfo.getInt(488))).isEqualTo(g.clusterCount() - 1);
            assertThat(fsInfo.getInt(492)).isEqualTo(2);
        }
        Fsck.assertClean(image);
    }

    @Test
    void labelIsInTheBootSectorAndTheRootDirectory() throws IOException {
        Path image = dir.resolve("label.img");
        ImageFiles.create(image, 2L << 20);
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FormatResult result = FatFormatter.format(device, MICROPYTHON.withLabel("openmv cam"));
            assertThat(result.label()).isEqualTo("OPENMV CAM");
            byte[] entry = device.read(result.geometry().rootDirStart() * 512, 32);
            assertThat(Arrays.copyOf(entry, 11)).isEqualTo("OPENMV CAM ".getBytes());
            assertThat(entry[11]).isEqualTo((byte) 0x08);
            // 2026-11-24 09:19:56 as FAT packs it.
            ByteBuffer stamp = ByteBuffer.wrap(entry).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(Short.toUnsignedInt(stamp.getShort(22))).isEqualTo(9 << 11 | 19 << 5 | 28);
            assertThat(Short.toUnsignedInt(stamp.getShort(24))).isEqualTo(46 << 9 | 11 << 5 | 24);
        }
        assertThat(BootSectorView.read(image, 0).label()).isEqualTo("OPENMV CAM ");
        ExternalTool.Result label = ExternalTool.run(List.of("mlabel", "-s", "-i", image.toString(), "::"));
        assertThat(label.stdout()).contains("Volume label is OPENMV CAM");
        Fsck.assertClean(image);
    }

    @Test
    void volumeIdCanBeGivenAndOtherwiseFollowsTheLayoutsClock() throws IOException {
        BlockDevice device = new io.flashdeck.core.block.MemoryBlockDevice(1 << 20);
        assertThat(FatFormatter.format(device, MICROPYTHON.withVolumeId(0x12345678)).volumeIdText())
                .isEqualTo("1234-5678");
        // FatFs packs the local time: 2026-11-24 09:19:56.
        assertThat(FatFormatter.format(device, MICROPYTHON).volumeId()).isEqualTo(0x5D784A7C);
        // mkfs.fat: seconds since 1970 shifted left 20 bits, plus microseconds.
        long seconds = MicroPythonFormatToolsTest.CLOCK.instant().getEpochSecond();
        assertThat(FatFormatter.format(device, MKFS).volumeId()).isEqualTo((int) (seconds << 20));
    }

    @Test
    void onlyMetadataIsWrittenSoSparseImagesStaySmall() throws IOException {
        Path image = dir.resolve("sparse.img");
        ImageFiles.create(image, 32L << 30);
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FatFormatter.format(device, MKFS);
        }
        ExternalTool.Result stat = ExternalTool.run(List.of("stat", "--format=%b %B", image.toString()));
        String[] blocks = stat.stdout().trim().split(" ");
        long allocated = Long.parseLong(blocks[0]) * Long.parseLong(blocks[1]);
        assertThat(allocated).as("bytes allocated for a 32 GiB volume").isLessThan(1L << 20);
        Fsck.assertClean(image);
    }

    @Test
    void aPartitionSliceIsFormattedInPlaceWithItsOffsetAsHiddenSectors() throws IOException {
        Path image = dir.resolve("disk.img");
        ImageFiles.create(image, 64L << 20);
        byte[] mbr = new byte[512];
        ByteBuffer table = ByteBuffer.wrap(mbr).order(ByteOrder.LITTLE_ENDIAN);
        table.put(446 + 4, (byte) 0x0C).putInt(446 + 8, 2048).putInt(446 + 12, 129024).putShort(510, (short) 0xAA55);
        FormatResult result;
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            device.write(0, ByteBuffer.wrap(mbr));
            BlockDevice partition = device.slice(2048L * 512, 129024L * 512);
            result = FatFormatter.format(partition, MICROPYTHON.withFatType(FatType.FAT32).withPartitionStartSector(2048L));
            assertThat(device.read(0, 512)).as("the disk's MBR is left alone").isEqualTo(mbr);
        }
        assertThat(result.geometry().hasMbr()).isFalse();
        assertThat(BootSectorView.read(image, 2048L * 512).hiddenSectors()).isEqualTo(2048);
        MTools drive = MTools.on(image, 2048L * 512);
        Path small = Files.write(dir.resolve("x.bin"), "inside the partition".getBytes());
        drive.copyIn("::X.BIN", small);
        assertThat(drive.read("X.BIN", dir)).isEqualTo(Files.readAllBytes(small));
        assertThat(drive.minfo().get("hidden sectors")).isEqualTo("2048");
        Path extracted = dir.resolve("partition.img");
        try (FileChannel in = FileChannel.open(image); FileChannel out = FileChannel.open(extracted,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(2048L * 512, 129024L * 512, out);
        }
        Fsck.assertClean(extracted);
    }

    @Test
    void aReadOnlyDeviceIsRefused() throws IOException {
        Path image = dir.resolve("ro.img");
        ImageFiles.create(image, 1 << 20);
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            assertThatThrownBy(() -> FatFormatter.format(device, MICROPYTHON))
                    .isInstanceOf(IOException.class).hasMessageContaining("read-only");
        }
    }
}
