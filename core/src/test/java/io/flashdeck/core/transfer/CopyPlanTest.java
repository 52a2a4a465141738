package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The POSIX cp/mv table: where each kind of source lands for each kind of destination. */
class CopyPlanTest extends HostVolumeTestBase {

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("src/sub"));
        Files.writeString(root.resolve("src/a.txt"), "a");
        Files.createDirectories(root.resolve("dest"));
        Files.writeString(root.resolve("file.txt"), "f");
    }

    private String target(String source, String destination, boolean slash, boolean recursive) throws IOException {
        return CopyPlan.resolve(at(source), at(destination), slash, recursive).target().path().toString();
    }

    @Test
    void fileSources() throws IOException {
        assertThat(target("/src/a.txt", "/dest", false, false)).isEqualTo("/dest/a.txt");
        assertThat(target("/src/a.txt", "/dest", true, false)).isEqualTo("/dest/a.txt");
        assertThat(target("/src/a.txt", "/new.txt", false, false)).isEqualTo("/new.txt");
        assertThat(target("/src/a.txt", "/file.txt", false, false)).isEqualTo("/file.txt");
        assertThatThrownBy(() -> target("/src/a.txt", "/file.txt", true, false))
                .isInstanceOf(NotDirectoryException.class).hasMessage("/file.txt");
        assertThatThrownBy(() -> target("/src/a.txt", "/newdir", true, false))
                .isInstanceOf(NotDirectoryException.class).hasMessage("/newdir");
        assertThatThrownBy(() -> target("/src/a.txt", "/src", false, false)).hasMessageContaining("same file");
        assertThatThrownBy(() -> target("/src/a.txt", "/src/a.txt", false, false)).hasMessageContaining("same file");
        assertThatThrownBy(() -> target("/missing", "/dest", false, true))
                .isInstanceOf(NoSuchFileException.class).hasMessage("/missing");
    }

    @Test
    void directorySources() throws IOException {
        assertThatThrownBy(() -> target("/src", "/dest", false, false)).hasMessage("/src: omitting directory (not recursive)");
        assertThat(target("/src", "/dest", false, true)).isEqualTo("/dest/src");
        assertThat(target("/src", "/copy", false, true)).isEqualTo("/copy");
        assertThat(target("/src", "/copy", true, true)).isEqualTo("/copy");
        assertThatThrownBy(() -> target("/src", "/file.txt", false, true))
                .hasMessage("/file.txt: cannot overwrite a file with a directory");
        assertThatThrownBy(() -> target("/src", "/file.txt", true, true)).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void aDirectoryNeverLandsInsideItself() {
        assertThatThrownBy(() -> target("/src", "/src", false, true)).hasMessageContaining("into itself");
        assertThatThrownBy(() -> target("/src", "/src/sub", false, true)).hasMessageContaining("into itself");
        assertThatThrownBy(() -> target("/src", "/src/new", false, true)).hasMessageContaining("into itself");
        assertThatThrownBy(() -> target("/", "/dest", false, true)).hasMessageContaining("into itself");
    }

    @Test
    void theRootCopiesItsContents() throws IOException {
        HostVolume other = new HostVolume(root.resolve("src"));
        Endpoint otherRoot = new Endpoint(other, VolumePath.ROOT);
        assertThat(CopyPlan.resolve(otherRoot, at("/dest"), false, true).target().path()).hasToString("/dest");
        assertThat(CopyPlan.resolve(otherRoot, at("/fresh"), false, true).target().path()).hasToString("/fresh");
        assertThatThrownBy(() -> CopyPlan.resolve(otherRoot, at("/dest"), false, false))
                .hasMessageContaining("omitting directory");
    }

    @Test
    void samePathsOnDifferentVolumesAreDifferentFiles() throws IOException {
        HostVolume second = new HostVolume(root);
        CopyPlan plan = CopyPlan.resolve(at("/src/a.txt"), new Endpoint(second, VolumePath.parse("/src/a.txt")),
                false, false);
        assertThat(plan.target().volume()).isSameAs(second);
        assertThat(plan.sourceEntry().size()).isEqualTo(1);
    }
}
