package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** mkfs.fat-style volumes of every size, judged by fsck.fat and mtools. */
class MkfsFormatToolsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"64K", "128K", "1M", "1440K", "2M", "4111K", "16M", "32M", "64M", "256M", "512M", "1G",
        "3G", "8G", "32G", "2T"})
    void automaticTypeIsSoundAndUsable(String size) throws Exception {
        FormatOptions options = FormatOptions.defaults().withLayout(Layout.MKFS).withLabel("DISK" + size)
                .withClock(MicroPythonFormatToolsTest.CLOCK);
        FormatResult result = ToolChecks.formatAndCheck(dir, size, options);
        assertThat(result.fatCount()).isEqualTo(2);
        assertThat(result.geometry().hasMbr()).isFalse();
        assertThat(result.type() == FatType.FAT32).isEqualTo(SizeParser.parse(size) >= 512L << 20);
    }
}
