package io.flashdeck.app.cli.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.app.cli.DirectoryImages;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.testing.ForwardingVolume;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumeOpenerTest {

    @TempDir
    Path dir;
    LocationParser parser;
    DirectoryImages images = new DirectoryImages();

    @BeforeEach
    void setUp() throws IOException {
        Files.write(dir.resolve("flash.img"), new byte[512]);
        Files.createDirectories(dir.resolve("flash.img.d/lib"));
        parser = new LocationParser(dir, false);
    }

    @Test
    void hostLocationsShareOneVolumeRootedAtTheFileSystemRoot() throws IOException {
        VolumeOpener opener = new VolumeOpener(images);
        Endpoint a = opener.open(parser.parse("a.txt"), false);
        Endpoint b = opener.open(parser.parse("/tmp"), true);
        assertThat(a.path()).isEqualTo(VolumePath.parse(dir.resolve("a.txt").toString()));
        assertThat(a.volume()).isSameAs(b.volume());
        assertThat(a.volume().name()).isEqualTo(dir.getRoot().toString());
        assertThat(a.volume().isReadOnly()).isFalse();
    }

    @Test
    void readOnlyCommandsOpenReadOnly() throws IOException {
        VolumeOpener opener = new VolumeOpener(images);
        assertThat(opener.open(parser.parse("."), true).volume().isReadOnly()).isTrue();
        assertThat(opener.open(parser.parse("flash.img:/lib"), true).volume().isReadOnly()).isTrue();
        assertThat(images.calls).containsExactly("flash.img null ro");
        assertThatThrownBy(() -> opener.open(parser.parse("flash.img:/"), false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void imagesGoThroughTheProviderOncePerImageAndPartition() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.img"), dir.resolve("flash.img"));
        VolumeOpener opener = new VolumeOpener(images);
        Endpoint lib = opener.open(parser.parse("flash.img:/lib"), false);
        Endpoint viaLink = opener.open(parser.parse("link.img:/"), true);
        assertThat(lib.path()).hasToString("/lib");
        assertThat(lib.stat().isDirectory()).isTrue();
        assertThat(viaLink.volume()).isSameAs(lib.volume());
        opener.open(parser.parse("flash.img@2:/"), true);
        assertThat(images.calls).containsExactly("flash.img null rw", "flash.img 2 ro");
    }

    @Test
    void unsupportedKindsSaySo() {
        VolumeOpener opener = new VolumeOpener(new FatImageProvider(NameStyle.CAMERA));
        for (String camera : new String[] {"cam:/flash", "cam@COM3:/flash", "emu:/flash"}) {
            assertThatThrownBy(() -> opener.open(parser.parse(camera), true))
                    .isInstanceOf(IOException.class).hasMessage("camera locations are not supported yet");
        }
    }

    @Test
    void closeAllClosesEveryVolumeAndReportsFailures() throws IOException {
        List<String> closed = new ArrayList<>();
        ImageVolumeProvider failingClose = (image, partition, readOnly) ->
                new ForwardingVolume(images.open(image, partition, readOnly)) {
                    @Override
                    public void close() throws IOException {
                        closed.add(name());
                        throw new IOException("flush failed");
                    }
                };
        VolumeOpener opener = new VolumeOpener(failingClose);
        opener.open(parser.parse("flash.img:/"), true);
        opener.open(parser.parse("."), true);
        List<String> failures = new ArrayList<>();
        opener.closeAll((name, e) -> failures.add(name + ": " + e.getMessage()));
        assertThat(closed).hasSize(1);
        assertThat(failures).containsExactly(closed.get(0) + ": flush failed");
    }
}
