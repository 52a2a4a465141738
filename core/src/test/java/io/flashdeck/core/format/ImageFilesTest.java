package io.flashdeck.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsAZeroFilledFileOfTheExactSize() throws Exception {
        Path image = dir.resolve("new.img");
        ImageFiles.create(image, 4111 * 1024L);
        assertThat(Files.size(image)).isEqualTo(4111 * 1024L);
        assertThat(Files.readAllBytes(image)).containsOnly(0);
    }

    @Test
    void anExistingFileIsKeptUnlessOverwritingIsAsked() throws Exception {
        Path image = dir.resolve("old.img");
        Files.write(image, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> ImageFiles.create(image, 1024))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("replaced only when asked");
        assertThat(Files.readAllBytes(image)).containsExactly(1, 2, 3);
        ImageFiles.create(image, 1024, true);
        assertThat(Files.readAllBytes(image)).hasSize(1024).containsOnly(0);
    }

    @Test
    void directoriesAndNonPositiveSizesAreRefused() {
        assertThatThrownBy(() -> ImageFiles.create(dir, 1024, true)).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> ImageFiles.create(dir.resolve("x.img"), 0)).hasMessageContaining("greater than zero");
        assertThat(dir.resolve("x.img")).doesNotExist();
    }
}
