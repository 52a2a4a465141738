package io.flashdeck.app.cli.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationParserTest {

    @TempDir
    Path dir;
    LocationParser parser;
    LocationParser withDrives;

    @BeforeEach
    void setUp() throws IOException {
        for (String image : new String[] {"flash.img", "disk.img", "my:disk.img", "a", "me@home.img"}) {
            Files.write(dir.resolve(image), new byte[512]);
        }
        Files.createDirectories(dir.resolve("imgs"));
        Files.write(dir.resolve("imgs/x.img"), new byte[512]);
        Files.createDirectories(dir.resolve("folder.img"));
        parser = new LocationParser(dir, false);
        withDrives = new LocationParser(dir, true);
    }

    private HostLocation host(String text) {
        Location location = parser.parse(text);
        assertThat(location).isInstanceOf(HostLocation.class);
        assertThat(location.text()).isEqualTo(text);
        return (HostLocation) location;
    }

    private ImageLocation image(String text) {
        Location location = parser.parse(text);
        assertThat(location).isInstanceOf(ImageLocation.class);
        return (ImageLocation) location;
    }

    private CameraLocation camera(String text) {
        Location location = parser.parse(text);
        assertThat(location).isInstanceOf(CameraLocation.class);
        return (CameraLocation) location;
    }

    @Test
    void hostPathsAreAbsoluteAndNormalized() {
        assertThat(host("photos/a.jpg").hostPath()).isEqualTo(dir.resolve("photos/a.jpg"));
        assertThat(host("photos/a.jpg").path()).isEqualTo(VolumePath.parse(dir.resolve("photos/a.jpg").toString()));
        assertThat(host("/abs/x").hostPath()).isEqualTo(Path.of("/abs/x"));
        assertThat(host("/abs/x").root()).isEqualTo(Path.of("/"));
        assertThat(host(".").hostPath()).isEqualTo(dir);
        assertThat(host("a/../b").hostPath()).isEqualTo(dir.resolve("b"));
        assertThat(host("../up").hostPath()).isEqualTo(dir.getParent().resolve("up"));
        assertThat(host("/").path()).isEqualTo(VolumePath.ROOT);
        assertThat(host("photos/").endsWithSlash()).isTrue();
        assertThat(host("photos").endsWithSlash()).isFalse();
    }

    @Test
    void imagesNeedAnExistingRegularFileBeforeTheColon() {
        ImageLocation flash = image("flash.img:/main.py");
        assertThat(flash.image()).isEqualTo(dir.resolve("flash.img"));
        assertThat(flash.partition()).isNull();
        assertThat(flash.path()).hasToString("/main.py");
        assertThat(flash.endsWithSlash()).isFalse();
        assertThat(image("flash.img:").path()).isEqualTo(VolumePath.ROOT);
        assertThat(image("flash.img:/").endsWithSlash()).isTrue();
        assertThat(image("flash.img:lib/x.py").path()).hasToString("/lib/x.py");
        assertThat(image("flash.img:/lib/").endsWithSlash()).isTrue();
        assertThat(image(dir.resolve("flash.img") + ":/a").image()).isEqualTo(dir.resolve("flash.img"));
        assertThat(image("imgs/x.img:/a").image()).isEqualTo(dir.resolve("imgs/x.img"));
        assertThat(image("./imgs/../flash.img:/a").image()).isEqualTo(dir.resolve("flash.img"));

        assertThat(host("missing.img:/main.py").hostPath()).isEqualTo(dir.resolve("missing.img:/main.py"));
        assertThat(host("folder.img:/x").hostPath()).isEqualTo(dir.resolve("folder.img:/x"));
        assertThat(host("imgs:/x")).isNotNull();
    }

    @Test
    void partitionsAreNumberedFromOne() {
        ImageLocation second = image("disk.img@2:/DCIM");
        assertThat(second.image()).isEqualTo(dir.resolve("disk.img"));
        assertThat(second.partition()).isEqualTo(2);
        assertThat(second.path()).hasToString("/DCIM");
        assertThat(image("disk.img@9999:").partition()).isEqualTo(9999);
        assertThatThrownBy(() -> parser.parse("disk.img@0:/")).hasMessage("\"disk.img@0:/\": partition numbers start at 1");
        for (String bad : new String[] {"disk.img@:/", "disk.img@x:/", "disk.img@10000:/", "disk.img@-1:/",
                "disk.img@1.5:/", "disk.img@ 1:/", "disk.img@٣:/"}) {
            assertThatThrownBy(() -> parser.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bad partition number");
        }
        assertThat(host("missing.img@2:/x")).isNotNull();
    }

    @Test
    void namesWithColonsAndAtSigns() {
        ImageLocation colon = image("my:disk.img:/x");
        assertThat(colon.image()).isEqualTo(dir.resolve("my:disk.img"));
        assertThat(colon.path()).hasToString("/x");
        ImageLocation at = image("me@home.img:/x");
        assertThat(at.image()).isEqualTo(dir.resolve("me@home.img"));
        assertThat(at.partition()).isNull();
        assertThat(image("me@home.img@3:/x").partition()).isEqualTo(3);
        assertThat(image("flash.img::/x").path().names()).containsExactly(":", "x");
        assertThat(host("nofile:/x").hostPath()).isEqualTo(dir.resolve("nofile:/x"));
        assertThat(host("b:c.txt").hostPath()).isEqualTo(dir.resolve("b:c.txt"));
    }

    @Test
    void aSingleLetterIsADriveWhereDrivesExist() {
        assertThat(image("a:b.txt").image()).isEqualTo(dir.resolve("a"));
        Location drive = withDrives.parse("a:b.txt");
        assertThat(drive).isInstanceOf(HostLocation.class);
        assertThat(withDrives.parse("C:\\Users\\me\\x.img")).isInstanceOf(HostLocation.class);
        assertThat(withDrives.parse("C:\\dir\\").endsWithSlash()).isTrue();
        assertThat(withDrives.parse("flash.img:/a")).isInstanceOf(ImageLocation.class);
        assertThat(withDrives.parse(dir.resolve("flash.img") + ":/a")).isInstanceOf(ImageLocation.class);
    }

    @Test
    void cameras() {
        CameraLocation any = camera("cam:/flash/main.py");
        assertThat(any.kind()).isEqualTo(CameraLocation.Kind.CAMERA);
        assertThat(any.port()).isNull();
        assertThat(any.path()).hasToString("/flash/main.py");
        assertThat(camera("cam:").path()).isEqualTo(VolumePath.ROOT);
        assertThat(camera("cam:/sdcard/").endsWithSlash()).isTrue();

        assertThat(camera("cam@/dev/ttyACM0:/sdcard").port()).isEqualTo("/dev/ttyACM0");
        assertThat(camera("cam@COM3:/flash").port()).isEqualTo("COM3");
        assertThat(camera("cam@COM3:").path()).isEqualTo(VolumePath.ROOT);
        CameraLocation byPath = camera("cam@/dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0:/flash");
        assertThat(byPath.port()).isEqualTo("/dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0");
        assertThat(byPath.path()).hasToString("/flash");

        CameraLocation emulator = camera("emu:/flash");
        assertThat(emulator.kind()).isEqualTo(CameraLocation.Kind.EMULATOR);
        assertThat(emulator.port()).isNull();

        assertThatThrownBy(() -> parser.parse("cam@:/x")).hasMessageContaining("no port");
        assertThatThrownBy(() -> parser.parse("cam@COM3")).hasMessageContaining("expected cam@PORT:/path");
        assertThat(host("CAM:/x")).isNotNull();
        assertThat(host("camera.txt")).isNotNull();
        assertThat(host("emu")).isNotNull();
    }

    @Test
    void malformedInput() {
        assertThatThrownBy(() -> parser.parse("")).hasMessageContaining("empty location");
        assertThatThrownBy(() -> parser.parse("a\0b")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> parser.parse("flash.img:/a\0")).hasMessageContaining("NUL");
        for (String odd : new String[] {":", "::::", ":/", "@:/", "x@1:/", "@", "/:", "\\", " ", "..", "~"}) {
            assertThat(host(odd)).as(odd).isNotNull();
        }
        assertThat(host("x".repeat(5000) + ":/a")).isNotNull();
    }

    @Test
    void randomInputParsesOrFailsWithAMessage() {
        String alphabet = "a:@/\\.01cmue img\t";
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (LocationParser each : new LocationParser[] {parser, withDrives}) {
                try {
                    Location location = each.parse(text.toString());
                    assertThat(location.text()).isEqualTo(text.toString());
                    assertThat(location.path()).isNotNull();
                } catch (IllegalArgumentException e) {
                    assertThat(e.getMessage()).as(text.toString()).isNotBlank();
                }
            }
        }
    }
}
