package io.flashdeck.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HostVolumeTest extends HostVolumeTestBase {

    @Test
    void statsFilesDirectoriesAndTheRoot() throws IOException {
        Files.createDirectories(root.resolve("images"));
        Files.write(root.resolve("images/a.jpg"), new byte[1234]);
        Instant time = Instant.parse("2024-03-05T10:11:12Z");
        Files.setLastModifiedTime(root.resolve("images/a.jpg"), FileTime.from(time));

        FileEntry file = volume.stat(VolumePath.parse("/images/a.jpg"));
        assertThat(file.type()).isEqualTo(EntryType.FILE);
        assertThat(file.size()).isEqualTo(1234);
        assertThat(file.modified()).isEqualTo(LocalDateTime.ofInstant(time, ZoneId.systemDefault()));
        assertThat(volume.stat(VolumePath.parse("/images")).isDirectory()).isTrue();
        assertThat(volume.stat(VolumePath.parse("/images")).size()).isZero();
        assertThat(volume.stat(VolumePath.ROOT).isDirectory()).isTrue();
        assertThat(volume.find(VolumePath.parse("/nope"))).isEmpty();
        assertThatThrownBy(() -> volume.stat(VolumePath.parse("/images/nope.jpg")))
                .isInstanceOf(NoSuchFileException.class).hasMessage("/images/nope.jpg");
    }

    @Test
    void listsChildrenWithFullPaths() throws IOException {
        Files.createDirectories(root.resolve("d/sub"));
        Files.writeString(root.resolve("d/x.txt"), "hello");
        assertThat(volume.list(VolumePath.parse("/d")))
                .extracting(entry -> entry.path().toString(), FileEntry::type, FileEntry::size)
                .containsExactlyInAnyOrder(
                        tuple("/d/sub", EntryType.DIRECTORY, 0L),
                        tuple("/d/x.txt", EntryType.FILE, 5L));
        assertThatThrownBy(() -> volume.list(VolumePath.parse("/d/x.txt"))).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> volume.list(VolumePath.parse("/none"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsContentAndRefusesToReadDirectories() throws IOException {
        Files.writeString(root.resolve("main.py"), "print('hi')\n");
        try (InputStream in = volume.openRead(VolumePath.parse("/main.py"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("print('hi')\n");
        }
        assertThatThrownBy(() -> volume.openRead(VolumePath.ROOT))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("is a directory");
        assertThat(volume.sha256(VolumePath.parse("/main.py")))
                .isEqualTo(HexFormat.of().parseHex(
                        TreeSnapshot.sha256(root.resolve("main.py"))));
    }

    @Test
    void mkdirDeleteAndTheirErrors() throws IOException {
        volume.mkdir(VolumePath.parse("/a"));
        assertThat(root.resolve("a")).isDirectory();
        assertThatThrownBy(() -> volume.mkdir(VolumePath.parse("/a"))).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> volume.mkdir(VolumePath.ROOT)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> volume.mkdir(VolumePath.parse("/x/y"))).isInstanceOf(NoSuchFileException.class);
        Files.writeString(root.resolve("a/f"), "x");
        assertThatThrownBy(() -> volume.mkdir(VolumePath.parse("/a/f/g"))).isInstanceOf(NotDirectoryException.class)
                .hasMessage("/a/f");
        assertThatThrownBy(() -> volume.delete(VolumePath.parse("/a")))
                .isInstanceOf(DirectoryNotEmptyException.class).hasMessage("/a");
        volume.delete(VolumePath.parse("/a/f"));
        volume.delete(VolumePath.parse("/a"));
        assertThat(root.resolve("a")).doesNotExist();
        assertThatThrownBy(() -> volume.delete(VolumePath.parse("/a"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> volume.delete(VolumePath.ROOT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void renameMovesButNeverOntoAnExistingTarget() throws IOException {
        Files.createDirectories(root.resolve("d"));
        Files.writeString(root.resolve("a.txt"), "A");
        Files.writeString(root.resolve("b.txt"), "B");
        volume.rename(VolumePath.parse("/a.txt"), VolumePath.parse("/d/c.txt"));
        assertThat(root.resolve("d/c.txt")).hasContent("A");
        assertThat(root.resolve("a.txt")).doesNotExist();
        assertThatThrownBy(() -> volume.rename(VolumePath.parse("/b.txt"), VolumePath.parse("/d/c.txt")))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessage("/d/c.txt");
        assertThat(root.resolve("d/c.txt")).hasContent("A");
        assertThatThrownBy(() -> volume.rename(VolumePath.parse("/d"), VolumePath.parse("/d/e")))
                .hasMessageContaining("into itself");
        assertThatThrownBy(() -> volume.rename(VolumePath.parse("/gone"), VolumePath.parse("/x")))
                .isInstanceOf(NoSuchFileException.class).hasMessage("/gone");
    }

    @Test
    void readOnlyVolumeRefusesEveryChange() throws IOException {
        Files.writeString(root.resolve("a.txt"), "A");
        HostVolume readOnly = new HostVolume(root, true);
        VolumePath a = VolumePath.parse("/a.txt");
        assertThat(readOnly.isReadOnly()).isTrue();
        assertThat(readOnly.stat(a).size()).isEqualTo(1);
        assertThatThrownBy(() -> readOnly.write(a, InputStream.nullInputStream(), 0,
                WriteOptions.DEFAULT)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> readOnly.mkdir(VolumePath.parse("/d"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readOnly.delete(a)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readOnly.rename(a, VolumePath.parse("/b"))).isInstanceOf(AccessDeniedException.class);
        assertThat(root.resolve("a.txt")).hasContent("A");
    }

    @Test
    void spaceComesFromTheHostStore() throws IOException {
        SpaceInfo space = volume.space();
        assertThat(space.totalBytes()).isPositive();
        assertThat(space.freeBytes()).isBetween(0L, space.totalBytes());
        assertThat(space.fileSystem()).isEqualTo(Files.getFileStore(root).type());
    }

    @Test
    void rootMustBeAnExistingDirectory() throws IOException {
        Files.writeString(root.resolve("file"), "x");
        assertThatThrownBy(() -> new HostVolume(root.resolve("file"))).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> new HostVolume(root.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        assertThat(volume.name()).isEqualTo(root.toRealPath().toString());
    }
}
