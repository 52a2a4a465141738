package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.testing.Fixtures;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Images written by MicroPython's VfsFat (the camera's FatFs) read back exactly as the device listed them. */
class FixtureImagesTest {

    private static final int MBR_FIRST_PARTITION = 0x1BE;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"openmv_h7_flash.img, FAT12", "sd_fat16_64m.img, FAT16", "sd_mbr_fat16_48m.img, FAT16"})
    void readsEveryEntryOfTheManifest(String name, String type) throws IOException {
        Path image = Fixtures.unpackOofatfs(name, dir);
        try (FileBlockDevice disk = FileBlockDevice.open(image, true);
             FatVolume volume = FatVolume.open(volumeOf(disk), name, FatOptions.DEFAULT)) {
            assertThat(TreeSnapshot.ofVolume(volume)).isEqualTo(TreeSnapshot.ofManifest(Fixtures.oofatfsManifest(name)));
            assertThat(volume.space().fileSystem()).isEqualTo(type);
        }
    }

    @Test
    void changesAVolumeTheCameraMadeSoThatFsckStaysQuiet() throws IOException {
        Path image = Fixtures.unpackOofatfs("sd_fat16_64m.img", dir);
        Map<String, String> before;
        try (FatVolume volume = FatVolume.open(FileBlockDevice.open(image, false), "sd.img", FatOptions.DEFAULT)) {
            before = TreeSnapshot.ofVolume(volume);
            volume.mkdir(VolumePath.of("new dir"));
            FatVolumeWriteTest.write(volume, VolumePath.of("new dir", "été.txt"), TestVolumes.content(1, 70_000));
            FatVolumeWriteTest.write(volume, VolumePath.of("boot.py"), TestVolumes.content(2, 10));
            volume.rename(VolumePath.of("images"), VolumePath.of("new dir", "pictures"));
            volume.delete(VolumePath.of("new dir", "été.txt"));
        }
        Fsck.check(image).requireClean();
        try (FatVolume volume = FatVolume.open(FileBlockDevice.open(image, true), "sd.img", FatOptions.DEFAULT)) {
            Map<String, String> after = TreeSnapshot.ofVolume(volume);
            assertThat(after).containsEntry("/boot.py", TreeSnapshot.fileValue(TestVolumes.content(2, 10)));
            assertThat(after.keySet()).doesNotContain("/images").contains("/new dir/pictures/2026/IMG_0002.jpg");
            assertThat(after.get("/new dir/pictures/2026/IMG_0002.jpg")).isEqualTo(before.get("/images/2026/IMG_0002.jpg"));
        }
    }

    /** The bare volume, or the first partition when sector 0 holds an MBR. */
    private static BlockDevice volumeOf(BlockDevice disk) throws IOException {
        ByteBuffer sector = ByteBuffer.wrap(disk.read(0, 512)).order(ByteOrder.LITTLE_ENDIAN);
        boolean bootSector = sector.get(54) == 'F' && sector.get(55) == 'A' && sector.get(56) == 'T';
        if (bootSector) {
            return disk.slice(0, disk.size());
        }
        long start = Integer.toUnsignedLong(sector.getInt(MBR_FIRST_PARTITION + 8)) * 512;
        long length = Integer.toUnsignedLong(sector.getInt(MBR_FIRST_PARTITION + 12)) * 512;
        return disk.slice(start, length);
    }
}
