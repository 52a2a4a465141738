package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.BootSectorView;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MKFS layout gives the geometry the real mkfs.fat gives for an image of the same size. */
class MkfsLayoutTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "64K, ''", "128K, ''", "360K, ''", "720K, ''", "1200K, ''", "1440K, ''", "2880K, ''", "1M, ''", "2M, ''",
        "4111K, ''", "16M, ''", "32M, ''", "64M, ''", "256M, ''", "511M, ''", "512M, ''", "1G, ''", "3G, ''",
        "8G, ''", "32G, ''",
        "16M, -F 12", "64M, -F 12", "600M, -F 16", "1G, -F 16", "3G, -F 16", "64M, -F 32", "256M, -F 32",
        "3G, -F 32", "64M, -s 16", "512M, -s 1", "2M, -s 1"})
    void geometryMatchesMkfsFat(String size, String mkfsOptions) throws IOException {
        long bytes = SizeParser.parse(size);
        Path reference = dir.resolve("mkfs.img");
        ImageFiles.create(reference, bytes);
        FatImages.mkfs(reference, mkfsOptions.isEmpty() ? new String[0] : mkfsOptions.split(" "));
        BootSectorView expected = BootSectorView.read(reference, 0);

        Path ours = dir.resolve("ours.img");
        ImageFiles.create(ours, bytes);
        try (FileBlockDevice device = FileBlockDevice.open(ours, false)) {
            FatFormatter.format(device, options(mkfsOptions));
        }
        BootSectorView actual = BootSectorView.read(ours, 0);

        assertThat(actual.geometry()).isEqualTo(expected.geometry());
        assertThat(actual.sectorsPerTrack()).isEqualTo(expected.sectorsPerTrack());
        assertThat(actual.heads()).isEqualTo(expected.heads());
        assertThat(actual.fileSystemType()).isEqualTo(expected.fileSystemType());
        assertThat(actual.backupBootSector()).isEqualTo(expected.backupBootSector());
        assertThat(actual.fsInfoSector()).isEqualTo(expected.fsInfoSector());
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({"64M, FAT32, 'FAT32 does not fit a device of 64 MiB'", "1G, FAT12, 'FAT12 does not fit'",
        "8G, FAT16, 'FAT16 does not fit a device of 8 GiB'", "1M, FAT16, '4087 to 65524 clusters'",
        "4111K, FAT16, '4087 to 65524 clusters'"})
    void impossibleTypesAreRefusedClearly(String size, FatType type, String message) {
        // mkfs.fat -F 32 would make a 64 MiB FAT32 of 4 KiB clusters with too few clusters for FatFs.
        assertThatThrownBy(() -> MkfsPlanner.plan(SizeParser.parse(size),
                FormatOptions.defaults().withLayout(Layout.MKFS).withFatType(type).withClusterBytes(
                        type == FatType.FAT32 ? 4096 : null)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(message);
    }

    private static FormatOptions options(String mkfsOptions) {
        FormatOptions options = FormatOptions.defaults().withLayout(Layout.MKFS);
        String[] words = mkfsOptions.split(" ");
        if (words[0].equals("-F")) {
            return options.withFatType(FatType.parse(words[1]));
        }
        if (words[0].equals("-s")) {
            return options.withClusterBytes(Integer.parseInt(words[1]) * 512);
        }
        return options;
    }
}
