package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.block.FileBlockDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A FAT type chosen by the user, in both layouts: made when it fits, refused clearly when not. */
class ExplicitTypeFormatToolsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{2} {1} on {0}")
    @CsvSource({
        "64K, FAT12, MICROPYTHON", "2M, FAT12, MICROPYTHON", "64M, FAT12, MICROPYTHON", "128M, FAT12, MICROPYTHON",
        "4111K, FAT16, MICROPYTHON", "16M, FAT16, MICROPYTHON", "3G, FAT16, MICROPYTHON",
        "64M, FAT32, MICROPYTHON", "512M, FAT32, MICROPYTHON", "8G, FAT32, MICROPYTHON", "2T, FAT32, MICROPYTHON",
        "64K, FAT12, MKFS", "16M, FAT12, MKFS", "128M, FAT12, MKFS",
        "16M, FAT16, MKFS", "1G, FAT16, MKFS", "3G, FAT16, MKFS",
        "64M, FAT32, MKFS", "256M, FAT32, MKFS", "32G, FAT32, MKFS"})
    void fittingTypeIsSoundAndUsable(String size, FatType type, Layout layout) throws Exception {
        FormatOptions options = FormatOptions.defaults().withLayout(layout).withFatType(type)
                .withClock(MicroPythonFormatToolsTest.CLOCK);
        FormatResult result = ToolChecks.formatAndCheck(dir, size, options);
        assertThat(result.type()).isEqualTo(type);
        // FatFs' FM_FAT32 always writes an MBR and puts the volume at sector 63.
        assertThat(result.geometry().hasMbr()).isEqualTo(layout == Layout.MICROPYTHON && type == FatType.FAT32);
    }

    @ParameterizedTest(name = "{2} {1} on {0}")
    @CsvSource({
        "16M, FAT32, MICROPYTHON, 'FAT32 does not fit a device of 16 MiB: FatFs needs between 65526'",
        "1M, FAT16, MICROPYTHON, 'FAT16 does not fit a device of 1 MiB'",
        "256M, FAT12, MICROPYTHON, 'FAT12 does not fit a device of 256 MiB'",
        "5G, FAT16, MICROPYTHON, 'FAT16 does not fit a device of 5 GiB'",
        "16M, FAT32, MKFS, 'FAT32 does not fit a device of 16 MiB'",
        "256M, FAT12, MKFS, 'FAT12 does not fit a device of 256 MiB'"})
    void typeThatCannotFitIsRefused(String size, FatType type, Layout layout, String message) throws Exception {
        Path image = dir.resolve("refused.img");
        ImageFiles.create(image, SizeParser.parse(size));
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FormatOptions options = FormatOptions.defaults().withLayout(layout).withFatType(type);
            assertThatThrownBy(() -> FatFormatter.format(device, options))
                    .isInstanceOf(FormatException.class).hasMessageContaining(message);
        }
        try (var in = Files.newInputStream(image)) {
            assertThat(in.readNBytes(512)).as("nothing written").containsOnly(0);
        }
    }
}
