package io.flashdeck.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class ErrorPhrasesTest {

    static final VolumePath A = VolumePath.parse("/a");

    @Test
    void fileSystemExceptionsBecomePhrases() {
        assertThat(ErrorPhrases.describe(new NoSuchFileException("/a"), A)).isEqualTo("no such file");
        assertThat(ErrorPhrases.describe(new FileAlreadyExistsException("/a"), A)).isEqualTo("already exists");
        assertThat(ErrorPhrases.describe(new DirectoryNotEmptyException("/a"), A)).isEqualTo("directory not empty");
        assertThat(ErrorPhrases.describe(new NotDirectoryException("/a"), A)).isEqualTo("not a directory");
        assertThat(ErrorPhrases.describe(new AccessDeniedException("/a"), A)).isEqualTo("permission denied");
        assertThat(ErrorPhrases.describe(new AccessDeniedException("/a", null, "the volume is read-only"), A))
                .isEqualTo("the volume is read-only");
        assertThat(ErrorPhrases.describe(new FileSystemException("/a", null, "Read-only file system"), A))
                .isEqualTo("Read-only file system");
        assertThat(ErrorPhrases.describe(new FileSystemException("/a"), A)).isEqualTo("file system error");
    }

    @Test
    void anotherFileIsNamed() {
        assertThat(ErrorPhrases.describe(new NoSuchFileException("/a/b/c"), A)).isEqualTo("/a/b/c: no such file");
        assertThat(ErrorPhrases.describe(new NoSuchFileException("/a"), null)).isEqualTo("/a: no such file");
        assertThat(ErrorPhrases.describe(new NoSuchFileException(null), A)).isEqualTo("no such file");
    }

    @Test
    void volumeProblemsAndOtherFailures() {
        assertThat(ErrorPhrases.describe(new VolumeFullException("needs 5 clusters, 2 free"), A))
                .isEqualTo("volume full (needs 5 clusters, 2 free)");
        assertThat(ErrorPhrases.describe(new CorruptVolumeException("FAT entry 7 points past the end"), A))
                .isEqualTo("damaged volume: FAT entry 7 points past the end");
        assertThat(ErrorPhrases.describe(new EOFException("content ended after 3 of 9 bytes"), A))
                .isEqualTo("content ended after 3 of 9 bytes");
        assertThat(ErrorPhrases.describe(new IOException(), A)).isEqualTo("IOException");
    }
}
