package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

    @Test
    void makeAllCreatesMissingParentsAndAcceptsExistingOnes(@TempDir Path root) throws IOException {
        HostVolume volume = new HostVolume(root);
        Files.createDirectories(root.resolve("a"));
        Directories.makeAll(volume, VolumePath.parse("/a/b/c"));
        assertThat(root.resolve("a/b/c")).isDirectory();
        Directories.makeAll(volume, VolumePath.parse("/a/b/c"));
        Directories.makeAll(volume, VolumePath.ROOT);
        Files.writeString(root.resolve("a/f"), "x");
        assertThatThrownBy(() -> Directories.makeAll(volume, VolumePath.parse("/a/f/g")))
                .isInstanceOf(NotDirectoryException.class).hasMessage("/a/f");
    }
}
