package io.flashdeck.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.VolumePath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file edited on the host file system, which another program changes behind the editor's back. */
class EditedFileTest {

    @TempDir
    Path dir;

    @Test
    void savesInTheFilesOwnLineEndingsAndNoticesChangesMadeMeanwhile() throws Exception {
        Files.writeString(dir.resolve("boot.py"), "import os\r\nos.sync()\r\n");
        try (HostVolume volume = new HostVolume(dir)) {
            EditedFile file = new EditedFile(volume, VolumePath.parse("/boot.py"));
            assertThat(file.load()).isEqualTo("import os\nos.sync()\n");
            assertThat(file.changedMeanwhile()).isFalse();

            file.save("import os\nprint(os.listdir())\n");
            assertThat(Files.readString(dir.resolve("boot.py"))).isEqualTo("import os\r\nprint(os.listdir())\r\n");
            assertThat(file.changedMeanwhile()).as("its own save is no change").isFalse();

            Files.writeString(dir.resolve("boot.py"), "# someone else\r\n");
            assertThat(file.changedMeanwhile()).isTrue();
            assertThat(file.load()).isEqualTo("# someone else\n");
            assertThat(file.changedMeanwhile()).isFalse();

            Files.delete(dir.resolve("boot.py"));
            assertThat(file.changedMeanwhile()).as("deleted").isTrue();
            file.save("back\n");
            assertThat(Files.readString(dir.resolve("boot.py"))).isEqualTo("back\r\n");
        }
    }

    @Test
    void refusesLargeAndBinaryFilesWithoutReadingThemWhole() throws Exception {
        Files.write(dir.resolve("big.log"), new byte[TextCodec.MAX_BYTES + 1]);
        Files.write(dir.resolve("model.tflite"), new byte[] {'T', 'F', 'L', '3', 0, 0, 1});
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try (HostVolume volume = new HostVolume(dir)) {
            assertThatThrownBy(() -> new EditedFile(volume, VolumePath.parse("/big.log")).load())
                    .isInstanceOf(NotTextException.class).hasMessageContaining("2 MiB");
            assertThatThrownBy(() -> new EditedFile(volume, VolumePath.parse("/model.tflite")).load())
                    .isInstanceOf(NotTextException.class).hasMessageContaining("binary");
            assertThatThrownBy(() -> new EditedFile(volume, VolumePath.parse("/latin1.txt")).load())
                    .isInstanceOf(NotTextException.class).hasMessageContaining("not UTF-8");
        }
    }
}
