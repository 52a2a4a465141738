package io.flashdeck.app.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A camera's / over its mounts; host directories stand in for the mounts' volumes. */
class CameraRootTest {

    @TempDir
    Path dir;
    Path flash;
    Path sdcard;

    @BeforeEach
    void setUp() throws IOException {
        flash = Files.createDirectories(dir.resolve("flash"));
        sdcard = Files.createDirectories(dir.resolve("sdcard"));
        Files.writeString(flash.resolve("main.py"), "print(1)");
        Files.createDirectories(sdcard.resolve("DCIM"));
        Files.writeString(sdcard.resolve("DCIM/a.jpg"), "jpeg");
    }

    private CameraRoot root(String... pointsAndDirs) throws IOException {
        Map<VolumePath, Volume> mounts = new LinkedHashMap<>();
        for (int i = 0; i < pointsAndDirs.length; i += 2) {
            mounts.put(VolumePath.parse(pointsAndDirs[i]), new HostVolume(dir.resolve(pointsAndDirs[i + 1]), false));
        }
        return new CameraRoot("cam@test:/", mounts);
    }

    private static VolumePath p(String path) {
        return VolumePath.parse(path);
    }

    @Test
    void theRootListsTheMountPointsAndTheirContentsBelow() throws IOException {
        CameraRoot root = root("/flash", "flash", "/sdcard", "sdcard");
        assertThat(root.list(VolumePath.ROOT)).extracting(FileEntry::name).containsExactly("flash", "sdcard");
        assertThat(root.stat(p("/flash")).isDirectory()).isTrue();
        assertThat(root.list(p("/sdcard/DCIM"))).extracting(FileEntry::path).containsExactly(p("/sdcard/DCIM/a.jpg"));
        assertThat(TreeSnapshot.ofVolume(root)).containsOnlyKeys("/flash", "/flash/main.py", "/sdcard",
                "/sdcard/DCIM", "/sdcard/DCIM/a.jpg");
        try (InputStream in = root.openRead(p("/flash/main.py"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("print(1)");
        }
        assertThat(root.sha256(p("/sdcard/DCIM/a.jpg"))).isEqualTo(new HostVolume(sdcard, true).sha256(p("/DCIM/a.jpg")));
    }

    @Test
    void aVolumeAtTheRootIsListedWithTheOtherMountPoints() throws IOException {
        Files.createDirectories(dir.resolve("rootfs/lib"));
        CameraRoot root = root("/", "rootfs", "/sd", "sdcard");
        assertThat(root.list(VolumePath.ROOT)).extracting(FileEntry::name).containsExactlyInAnyOrder("lib", "sd");
        root.write(p("/boot.py"), new ByteArrayInputStream(new byte[] {1}), 1, WriteOptions.DEFAULT);
        assertThat(dir.resolve("rootfs/boot.py")).exists();
        // The root's own volume answers for the space; its free bytes move as others write to the disk.
        SpaceInfo hostSpace = new HostVolume(dir.resolve("rootfs"), true).space();
        assertThat(root.space()).usingRecursiveComparison().ignoringFields("freeBytes").isEqualTo(hostSpace);
    }

    @Test
    void changesGoToTheMountThatHoldsThePath() throws IOException {
        CameraRoot root = root("/flash", "flash", "/sdcard", "sdcard");
        root.mkdir(p("/flash/lib"));
        root.write(p("/flash/lib/x.py"), new ByteArrayInputStream(new byte[] {'x'}), 1, WriteOptions.DEFAULT);
        root.rename(p("/flash/lib/x.py"), p("/flash/y.py"));
        root.delete(p("/sdcard/DCIM/a.jpg"));
        assertThat(TreeSnapshot.ofHost(flash)).containsOnlyKeys("/lib", "/main.py", "/y.py");
        assertThat(TreeSnapshot.ofHost(sdcard)).containsOnlyKeys("/DCIM");
    }

    @Test
    void mountPointsAndPathsOnNoMountStay() throws IOException {
        CameraRoot root = root("/flash", "flash", "/sdcard", "sdcard");
        assertThatThrownBy(() -> root.delete(p("/flash"))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("a mount point of the camera cannot be changed");
        assertThatThrownBy(() -> root.mkdir(p("/tmp"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("not on any mount of the camera (mounts: /flash, /sdcard)");
        assertThatThrownBy(() -> root.stat(p("/tmp/x"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> root.list(p("/tmp"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> root.rename(p("/flash/main.py"), p("/sdcard/main.py")))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("not on the same mount");
        assertThat(flash.resolve("main.py")).exists();
    }
}
