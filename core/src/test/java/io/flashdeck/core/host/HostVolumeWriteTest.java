package io.flashdeck.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HostVolumeWriteTest extends HostVolumeTestBase {

    @Test
    void writesExactlyTheGivenLengthWithTimeAndProgress() throws IOException {
        byte[] content = new byte[200_000];
        new Random(7).nextBytes(content);
        List<Long> progress = new ArrayList<>();
        LocalDateTime time = LocalDateTime.of(2021, 6, 7, 8, 9, 10);
        // the stream holds more than the length: only the given length is stored
        byte[] longer = Arrays.copyOf(content, content.length + 10);

        volume.write(VolumePath.parse("/a.bin"), new ByteArrayInputStream(longer), content.length,
                new WriteOptions(time, progress::add));

        assertThat(Files.readAllBytes(root.resolve("a.bin"))).isEqualTo(content);
        assertThat(volume.stat(VolumePath.parse("/a.bin")).modified()).isEqualTo(time);
        assertThat(progress).isSorted().last().isEqualTo((long) content.length);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writesEmptyFilesAndReplacesExistingOnes() throws IOException {
        Files.writeString(root.resolve("a.txt"), "old content");
        volume.write(VolumePath.parse("/a.txt"), InputStream.nullInputStream(), 0, WriteOptions.DEFAULT);
        assertThat(root.resolve("a.txt")).isEmptyFile();
        volume.write(VolumePath.parse("/a.txt"), new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, WriteOptions.DEFAULT);
        assertThat(Files.readAllBytes(root.resolve("a.txt"))).containsExactly(1, 2, 3);
    }

    @Test
    void aShortStreamLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "old content");
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/keep.txt"),
                new ByteArrayInputStream(new byte[10]), 100, WriteOptions.DEFAULT))
                .isInstanceOf(EOFException.class).hasMessageContaining("10 of 100");
        assertThat(root.resolve("keep.txt")).hasContent("old content");
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/new.txt"),
                new ByteArrayInputStream(new byte[10]), 100, WriteOptions.DEFAULT)).isInstanceOf(EOFException.class);
        assertThat(root.resolve("new.txt")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBreakingStreamLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "old content");
        InputStream breaking = new FilterInputStream(new ByteArrayInputStream(new byte[300_000])) {
            int calls;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (++calls > 2) {
                    throw new IOException("link cut");
                }
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/keep.txt"), breaking, 300_000, WriteOptions.DEFAULT))
                .hasMessage("link cut");
        assertThat(root.resolve("keep.txt")).hasContent("old content");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aNewFileWhoseStreamBreaksIsRemoved() {
        InputStream breaking = new FilterInputStream(new ByteArrayInputStream(new byte[300_000])) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("link cut");
            }
        };
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/new.bin"), breaking, 300_000, WriteOptions.DEFAULT))
                .hasMessage("link cut");
        assertThat(root.resolve("new.bin")).doesNotExist();
    }

    @Test
    void refusesDirectoriesAndMissingParents() throws IOException {
        Files.createDirectory(root.resolve("d"));
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/d"), InputStream.nullInputStream(), 0,
                WriteOptions.DEFAULT)).isInstanceOf(FileSystemException.class).hasMessage("/d: is a directory");
        assertThatThrownBy(() -> volume.write(VolumePath.ROOT, InputStream.nullInputStream(), 0,
                WriteOptions.DEFAULT)).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/none/a"), InputStream.nullInputStream(), 0,
                WriteOptions.DEFAULT)).isInstanceOf(NoSuchFileException.class);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = root.resolve("script.sh");
        Files.writeString(file, "old");
        Set<PosixFilePermission> executable = PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(file, executable);
        volume.write(VolumePath.parse("/script.sh"), new ByteArrayInputStream(new byte[] {'n'}), 1, WriteOptions.DEFAULT);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(executable);
    }

    @Test
    void longNamesGetTemporaryNamesTheHostAccepts() throws IOException {
        String name = "n".repeat(250);
        volume.write(VolumePath.ROOT.resolve(name), new ByteArrayInputStream(new byte[5]), 5, WriteOptions.DEFAULT);
        assertThat(root.resolve(name)).hasSize(5);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().contains(HostFileWriter.TEMP_MARKER)).toList();
        }
    }
}
