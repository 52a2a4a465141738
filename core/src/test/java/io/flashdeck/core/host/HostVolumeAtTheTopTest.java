package io.flashdeck.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volume rooted at the top of the host's file system, as the command line opens host paths:
 * links are not resolved ahead (none can lead outside) yet behave as in a folder's volume.
 */
class HostVolumeAtTheTopTest {

    @TempDir
    Path base;
    HostVolume volume;

    @BeforeEach
    void setUp() throws IOException {
        base = base.toRealPath();
        Files.createDirectory(base.resolve("real"));
        Files.writeString(base.resolve("real/a.txt"), "inside");
        Files.writeString(base.resolve("plain.txt"), "plain");
        Files.createSymbolicLink(base.resolve("dirlink"), base.resolve("real"));
        Files.createSymbolicLink(base.resolve("filelink.txt"), base.resolve("real/a.txt"));
        Files.createSymbolicLink(base.resolve("dangling"), base.resolve("missing"));
        volume = new HostVolume(base.getRoot());
    }

    @Test
    void linksAreFollowedWhenRead() throws IOException {
        assertThat(volume.stat(at("dirlink")).isDirectory()).isTrue();
        assertThat(volume.list(at("dirlink"))).extracting(e -> e.path().toString())
                .containsExactly(at("dirlink").resolve("a.txt").toString());
        assertThat(volume.stat(at("filelink.txt")).size()).isEqualTo(6);
        assertThat(volume.find(at("dangling"))).isEmpty();
    }

    @Test
    void writingThroughALinkReplacesTheFileItPointsToWithTheGivenTime() throws IOException {
        LocalDateTime time = LocalDateTime.of(2020, 5, 6, 7, 8, 10);
        write("filelink.txt", "new", time);
        assertThat(Files.isSymbolicLink(base.resolve("filelink.txt"))).isTrue();
        assertThat(base.resolve("real/a.txt")).hasContent("new");
        assertThat(volume.stat(at("real/a.txt")).modified()).isEqualTo(time);

        write("dirlink/b.txt", "through a directory link", time);
        assertThat(base.resolve("real/b.txt")).hasContent("through a directory link");
    }

    @Test
    void aLinkLeadingNowhereIsReplacedByTheFile() throws IOException {
        write("dangling", "now a file", null);
        assertThat(Files.isSymbolicLink(base.resolve("dangling"))).isFalse();
        assertThat(base.resolve("dangling")).hasContent("now a file");
        assertThat(base.resolve("missing")).doesNotExist();
    }

    @Test
    void directoriesMissingParentsAndFileParentsAreRefused() {
        assertThatThrownBy(() -> write("dirlink", "x", null)).hasMessageEndingWith("dirlink: is a directory");
        assertThatThrownBy(() -> write("none/a.txt", "x", null)).isInstanceOf(NoSuchFileException.class)
                .hasMessage(at("none").toString());
        assertThatThrownBy(() -> write("plain.txt/a.txt", "x", null)).isInstanceOf(NotDirectoryException.class)
                .hasMessage(at("plain.txt").toString());
    }

    private void write(String relative, String content, LocalDateTime modified) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(bytes);
        volume.write(at(relative), in, bytes.length, WriteOptions.DEFAULT.withModified(modified));
    }

    /** {@code relative} below the temporary folder, as a path of the whole host. */
    private VolumePath at(String relative) {
        VolumePath path = VolumePath.ROOT;
        for (Path name : base.resolve(relative)) {
            path = path.resolve(name.toString());
        }
        return path;
    }
}
