package io.flashdeck.core.fat;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import static io.flashdeck.core.fat.FatVolumeWriteTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/** A 64 GiB sparse FAT32 image opens and works while reading only what each step needs. */
class LargeVolumeTest {

    private static final long SIZE = 64L << 30;

    @TempDir
    Path dir;

    @Test
    void opensWithoutReadingTheTable() throws IOException {
        Path image = sparseFat32();
        long freeAfterMkfs;
        try (CountingBlockDevice device = new CountingBlockDevice(FileBlockDevice.open(image, false));
             FatVolume volume = FatVolume.open(device, "big.img", FatOptions.DEFAULT)) {
            assertThat(device.bytesRead()).isLessThanOrEqualTo(2 * BootSector.SIZE);
            freeAfterMkfs = volume.space().freeBytes();
            assertThat(device.bytesRead()).isLessThanOrEqualTo(2 * BootSector.SIZE);
            assertThat(volume.space().totalBytes()).isGreaterThan(63L << 30);

            volume.mkdir(VolumePath.of("DCIM"));
            write(volume, VolumePath.of("DCIM", "photo.jpg"), TestVolumes.content(1, 100_000));
            assertThat(volume.list(VolumePath.of("DCIM"))).hasSize(1);
            assertThat(device.bytesRead()).isLessThan(1 << 20);
            assertThat(volume.space().freeBytes()).isEqualTo(freeAfterMkfs - 32768L * 5);
        }
        Fsck.check(image).requireClean();
        FatVolumeWriteTest.assertFsInfoMatchesFsck(image);
    }

    @Test
    void countsFreeClustersOnceWhenFsInfoCannotSay() throws IOException {
        Path image = sparseFat32();
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.seek(512 + 488);
            file.write(new byte[] {-1, -1, -1, -1});
        }
        try (CountingBlockDevice device = new CountingBlockDevice(FileBlockDevice.open(image, false));
             FatVolume volume = FatVolume.open(device, "big.img", FatOptions.DEFAULT)) {
            assertThat(device.bytesRead()).isLessThanOrEqualTo(2 * BootSector.SIZE);
            long free = volume.space().freeBytes();
            long afterCounting = device.bytesRead();
            assertThat(afterCounting).isGreaterThan(volume.fileSystem().bootSector().layout().fatBytes() / 2);
            assertThat(volume.space().freeBytes()).isEqualTo(free);
            assertThat(device.bytesRead()).isEqualTo(afterCounting);
        }
        FatVolumeWriteTest.assertFsInfoMatchesFsck(image);
    }

    private Path sparseFat32() throws IOException {
        Path image = dir.resolve("big.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(SIZE);
        }
        ExternalTool.run("mkfs.fat", "-F", "32", "-s", "64", image.toString()).requireSuccess();
        return image;
    }
}
