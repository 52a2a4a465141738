package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.testing.RandomTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RemoverTest extends HostVolumeTestBase {

    @Test
    void removesFilesAndWholeTrees() throws IOException {
        Path tree = Files.createDirectory(root.resolve("tree"));
        RandomTree.create(tree, 9, 40, 200_000);
        Files.writeString(root.resolve("keep.txt"), "k");
        Remover.remove(at("/tree"), true);
        assertThat(tree).doesNotExist();
        Remover.remove(at("/keep.txt"), false);
        assertThat(root.toFile().list()).isEmpty();
    }

    @Test
    void refusesDirectoriesWithoutRecursionAndTheRoot() throws IOException {
        Files.createDirectories(root.resolve("d"));
        assertThatThrownBy(() -> Remover.remove(at("/d"), false)).hasMessage("/d: is a directory");
        assertThatThrownBy(() -> Remover.remove(at("/"), true)).hasMessageContaining("refusing to remove the volume root");
        assertThatThrownBy(() -> Remover.remove(at("/none"), true)).isInstanceOf(NoSuchFileException.class);
        assertThat(root.resolve("d")).isDirectory();
    }
}
