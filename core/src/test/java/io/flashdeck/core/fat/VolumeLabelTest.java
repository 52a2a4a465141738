package io.flashdeck.core.fat;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.flashdeck.core.fat.FatVolumeWriteTest.open;
import static io.flashdeck.core.fat.FatVolumeWriteTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The label in the root directory and the boot sector, as mkfs.fat, mtools and fsck.fat see it. */
class VolumeLabelTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void readsChangesAndRemovesTheLabel(int bits) throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), bits, bits == 32 ? 40000 : bits == 16 ? 20000 : 2000, "-n", "CAMERA");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            assertThat(volume.label()).isEqualTo("CAMERA");
            volume.setLabel("flash disk");
            assertThat(volume.label()).isEqualTo("FLASH DISK");
        }
        Fsck.check(image).requireClean();
        assertThat(labelLine(image)).isEqualTo("Volume in drive : is FLASH DISK");
        assertThat(bootSectorLabel(image)).isEqualTo("FLASH DISK ");

        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            volume.setLabel("");
            assertThat(volume.label()).isEmpty();
        }
        Fsck.check(image).requireClean();
        assertThat(labelLine(image)).isEqualTo("Volume in drive : has no label");
        assertThat(bootSectorLabel(image)).isEqualTo("NO NAME    ");
    }

    @Test
    void addsALabelEntryToARootWithoutOne() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        MTools.on(image).copyIn("::/", TestVolumes.hostFile(dir, "first.txt", new byte[10]));
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            assertThat(volume.label()).isEmpty();
            volume.setLabel("OPENMV");
            assertThat(volume.label()).isEqualTo("OPENMV");
            assertThat(volume.list(VolumePath.ROOT)).hasSize(1);
        }
        Fsck.check(image).requireClean();
        assertThat(labelLine(image)).isEqualTo("Volume in drive : is OPENMV");
    }

    @Test
    void letsTheRootEntryWinOverTheBootSector() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000, "-n", "ENTRY");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            device.write(43, ByteBuffer.wrap("BOOTSECTOR ".getBytes(StandardCharsets.US_ASCII)));
        }
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            assertThat(volume.label()).isEqualTo("ENTRY");
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "a.b            | cannot contain '.'",
            "TWELVE CHARS   | holds at most 11 characters",
            "日本           | cannot be stored in a volume label (code page 437)",
            "a*             | cannot contain '*'",
    })
    void refusesLabelsFatFsWouldRefuse(String label, String reason) throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000, "-n", "KEEP");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            assertThatThrownBy(() -> volume.setLabel(label.strip())).hasMessageContaining(reason);
            assertThat(volume.label()).isEqualTo("KEEP");
        }
    }

    @Test
    void needsARootSlotForANewLabel() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 1440, "-r", "16");
        int rootEntries = TestVolumes.bootSector(image).rootEntryCount();
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            for (int i = 0; i < rootEntries; i++) {
                write(volume, VolumePath.of("F" + i), new byte[0]);
            }
            assertThatThrownBy(() -> volume.setLabel("FULL")).isInstanceOf(VolumeFullException.class);
        }
        Fsck.check(image).requireClean();
    }

    private static String labelLine(Path image) {
        return MTools.on(image).listRoot().requireSuccess().stdout().lines().findFirst().orElseThrow().strip();
    }

    private static String bootSectorLabel(Path image) throws IOException {
        BootSector boot = TestVolumes.bootSector(image);
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            String label = new String(device.read(boot.labelOffset(), 11), StandardCharsets.US_ASCII);
            if (boot.backupBootSector().isPresent()) {
                long backup = (long) boot.backupBootSector().get() * boot.bytesPerSector() + boot.labelOffset();
                assertThat(new String(device.read(backup, 11), StandardCharsets.US_ASCII)).isEqualTo(label);
            }
            return label;
        }
    }
}
