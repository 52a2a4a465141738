package io.flashdeck.app.gui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DragOutLimitTest {

    @TempDir
    Path dir;

    @Test
    void aDragOutOfACameraCarriesUpTo16MiB() throws IOException {
        DragOutLimit.CAMERA.check(16L << 20);
        assertThatThrownBy(() -> DragOutLimit.CAMERA.check((16L << 20) + 1)).isInstanceOf(IOException.class)
                .hasMessage("16.0 MiB is more than a drag out of a camera may carry (16 MiB): use Download to… instead");
        DragOutLimit.IMAGE.check(512L << 20);
        assertThatThrownBy(() -> DragOutLimit.IMAGE.check(1L << 30))
                .hasMessage("1 GiB is more than a drag out of a disk image may carry (512 MiB): use Download to… instead");
    }

    @Test
    void anImageHasTheImageLimitAndAnythingElseTheCameraOne() throws IOException {
        Path image = dir.resolve("card.img");
        ImageFormatter.create(image, 4L << 20, FormatOptions.defaults());
        try (FatVolume volume = DiskImage.openVolume(image, null, FatOptions.DEFAULT)) {
            assertThat(DragOutLimit.of(volume)).isEqualTo(DragOutLimit.IMAGE);
        }
        assertThat(DragOutLimit.of(new HostVolume(dir))).isEqualTo(DragOutLimit.CAMERA);
    }

    @Test
    void foldersCountWithEverythingBelowThem() throws IOException {
        Files.createDirectories(dir.resolve("DCIM/2024"));
        Files.write(dir.resolve("DCIM/a.jpg"), new byte[1000]);
        Files.write(dir.resolve("DCIM/2024/b.jpg"), new byte[2500]);
        Files.write(dir.resolve("main.py"), new byte[40]);
        HostVolume volume = new HostVolume(dir);
        var selection = List.of(volume.stat(VolumePath.parse("/DCIM")), volume.stat(VolumePath.parse("/main.py")));

        assertThat(DragOutLimit.listedSize(selection)).as("what the listing tells").isEqualTo(40);
        assertThat(DragOutLimit.sizeOf(volume, selection)).isEqualTo(3540);
    }
}
