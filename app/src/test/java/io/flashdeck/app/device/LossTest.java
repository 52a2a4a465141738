package io.flashdeck.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.host.HostVolume;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossTest {

    @TempDir
    Path dir;

    @Test
    void wordsFilesAndBytes() {
        assertThat(new Loss(14, 2_411_724).erasedFrom("/flash")).isEqualTo("/flash: 14 files (2.3 MiB) will be erased");
        assertThat(new Loss(1, 0).describe()).isEqualTo("1 file (0 bytes)");
        assertThat(new Loss(0, 0).describe()).isEqualTo("0 files (0 bytes)");
    }

    @Test
    void countsFilesInEveryFolderButNotTheFolders() throws Exception {
        Files.createDirectories(dir.resolve("lib/vendor"));
        Files.createDirectories(dir.resolve("empty"));
        Files.write(dir.resolve("main.py"), new byte[100]);
        Files.write(dir.resolve("lib/helper.py"), new byte[1000]);
        Files.write(dir.resolve("lib/vendor/tiny.py"), new byte[24]);
        try (HostVolume volume = new HostVolume(dir)) {
            assertThat(Loss.of(volume)).isEqualTo(new Loss(3, 1124));
        }
    }
}
