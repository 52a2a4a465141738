package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeNamesTest {

    @Test
    void numbersGoBeforeTheExtension() {
        assertThat(FreeNames.numbered("a.jpg", 1)).isEqualTo("a (1).jpg");
        assertThat(FreeNames.numbered("a.tar.gz", 2)).isEqualTo("a.tar (2).gz");
        assertThat(FreeNames.numbered("README", 3)).isEqualTo("README (3)");
        assertThat(FreeNames.numbered(".profile", 1)).isEqualTo(".profile (1)");
        assertThat(FreeNames.numbered("dir.d/", 1)).isEqualTo("dir (1).d/");
    }

    @Test
    void takesTheFirstFreeNumber(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("a.txt"), "");
        Files.writeString(root.resolve("a (1).txt"), "");
        Files.writeString(root.resolve("a (3).txt"), "");
        assertThat(FreeNames.firstFree(new HostVolume(root)::find, VolumePath.parse("/a.txt")))
                .hasToString("/a (2).txt");
    }
}
