package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VfsFat.mkfs-style volumes of every size, judged by fsck.fat and mtools. */
class MicroPythonFormatToolsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:19:56Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"64K", "128K", "1M", "2M", "4111K", "16M", "32M", "64M", "256M", "512M", "1G", "3G", "8G",
        "32G", "2T"})
    void automaticTypeIsSoundAndUsable(String size) throws Exception {
        FormatResult result = ToolChecks.formatAndCheck(dir, size,
                FormatOptions.defaults().withClock(CLOCK).withLabel("CAM " + size));
        assertThat(result.fatCount()).isEqualTo(1);
        assertThat(result.geometry().rootEntries()).isEqualTo(result.type() == FatType.FAT32 ? 0 : 512);
        assertThat(result.geometry().hasMbr()).isEqualTo(result.type() == FatType.FAT32);
    }
}
