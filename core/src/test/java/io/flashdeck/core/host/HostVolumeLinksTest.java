package io.flashdeck.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links are followed inside the root, and nothing outside the root is reachable through them. */
class HostVolumeLinksTest {

    @TempDir
    Path base;
    Path root;
    Path outside;
    HostVolume volume;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectory(base.resolve("root"));
        outside = Files.createDirectory(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createDirectory(root.resolve("real"));
        Files.writeString(root.resolve("real/a.txt"), "inside");
        Files.createSymbolicLink(root.resolve("dirlink"), root.resolve("real"));
        Files.createSymbolicLink(root.resolve("filelink.txt"), root.resolve("real/a.txt"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dangling"), root.resolve("missing"));
        Files.createSymbolicLink(root.resolve("loop1"), root.resolve("loop2"));
        Files.createSymbolicLink(root.resolve("loop2"), root.resolve("loop1"));
        volume = new HostVolume(root);
    }

    @Test
    void linksInsideAreSeenAsWhatTheyPointTo() throws IOException {
        assertThat(volume.stat(VolumePath.parse("/dirlink")).isDirectory()).isTrue();
        assertThat(volume.list(VolumePath.parse("/dirlink"))).extracting(e -> e.path().toString())
                .containsExactly("/dirlink/a.txt");
        FileEntry file = volume.stat(VolumePath.parse("/filelink.txt"));
        assertThat(file.isFile()).isTrue();
        assertThat(file.size()).isEqualTo(6);
    }

    @Test
    void listingsLeaveOutLinksLeadingOutsideOrNowhere() throws IOException {
        assertThat(volume.list(VolumePath.ROOT)).extracting(FileEntry::name)
                .containsExactlyInAnyOrder("real", "dirlink", "filelink.txt");
    }

    @Test
    void pathsLeadingOutsideAreRefused() {
        assertThatThrownBy(() -> volume.stat(VolumePath.parse("/escape.txt")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("outside the volume");
        assertThatThrownBy(() -> volume.openRead(VolumePath.parse("/escape/secret.txt")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volume.list(VolumePath.parse("/escape"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/escape/new.txt"),
                new ByteArrayInputStream(new byte[1]), 1, WriteOptions.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volume.write(VolumePath.parse("/escape.txt"),
                new ByteArrayInputStream(new byte[1]), 1, WriteOptions.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volume.mkdir(VolumePath.parse("/escape/d"))).isInstanceOf(AccessDeniedException.class);
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
        assertThat(outside.toFile().list()).containsExactly("secret.txt");
    }

    @Test
    void writingThroughALinkReplacesTheFileItPointsTo() throws IOException {
        volume.write(VolumePath.parse("/filelink.txt"), new ByteArrayInputStream("new".getBytes()), 3,
                WriteOptions.DEFAULT);
        assertThat(Files.isSymbolicLink(root.resolve("filelink.txt"))).isTrue();
        assertThat(root.resolve("real/a.txt")).hasContent("new");
    }

    @Test
    void deletingALinkDeletesTheLinkItself() throws IOException {
        volume.delete(VolumePath.parse("/escape.txt"));
        volume.delete(VolumePath.parse("/dirlink"));
        assertThat(root.resolve("escape.txt")).doesNotExist();
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
        assertThat(root.resolve("real/a.txt")).exists();
    }

    @Test
    void namesTheHostWouldSplitAreRefused() throws IOException {
        if (root.getFileSystem().getSeparator().equals("\\")) {
            assertThatThrownBy(() -> volume.stat(VolumePath.ROOT.resolve("..\\..\\x")))
                    .isInstanceOf(FileSystemException.class).hasMessageContaining("not a valid file name");
        } else {
            Files.writeString(root.resolve("back\\slash"), "ok");
            assertThat(volume.stat(VolumePath.ROOT.resolve("back\\slash")).size()).isEqualTo(2);
        }
    }
}
