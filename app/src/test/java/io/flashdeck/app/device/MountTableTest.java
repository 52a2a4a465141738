package io.flashdeck.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.VolumePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device paths to mounts, as MicroPython's VFS resolves them: the longest mount point wins. */
class MountTableTest {

    private static VolumePath p(String path) {
        return VolumePath.parse(path);
    }

    @Test
    void openMv46MountsFlashAndSdcardUnderAVirtualRoot() {
        MountTable table = new MountTable(List.of("/flash", "/sdcard"));
        assertThat(table.place(p("/flash/lib/x.py"))).hasValue(new MountTable.Placement(p("/flash"), p("/lib/x.py")));
        assertThat(table.place(p("/sdcard"))).hasValue(new MountTable.Placement(p("/sdcard"), VolumePath.ROOT));
        assertThat(table.place(p("/"))).isEmpty();
        assertThat(table.place(p("/flashy"))).as("a prefix of a name is not a parent").isEmpty();
        assertThat(table.isAboveMounts(p("/"))).isTrue();
        assertThat(table.isAboveMounts(p("/flash"))).isFalse();
        assertThat(table.isMountPoint(p("/flash"))).isTrue();
        assertThat(table.isMountPoint(p("/flash/lib"))).isFalse();
        assertThat(table.mountNamesIn(p("/"))).containsExactly("flash", "sdcard");
        assertThat(table.mountNamesIn(p("/flash"))).isEmpty();
        assertThat(table.describe()).isEqualTo("/flash, /sdcard");
    }

    @Test
    void olderFirmwareHasOneVolumeAtTheRoot() {
        MountTable table = new MountTable(List.of("/"));
        assertThat(table.place(p("/main.py"))).hasValue(new MountTable.Placement(VolumePath.ROOT, p("/main.py")));
        assertThat(table.place(p("/"))).hasValue(new MountTable.Placement(VolumePath.ROOT, VolumePath.ROOT));
        assertThat(table.isMountPoint(p("/"))).as("/ is the volume's own root, never a mount directory").isFalse();
        assertThat(table.mountNamesIn(p("/"))).isEmpty();
    }

    @Test
    void nestedMountsTakeTheLongestPrefix() {
        MountTable table = new MountTable(List.of("/", "/media/sd", "/flash"));
        assertThat(table.place(p("/media/sd/DCIM"))).hasValue(new MountTable.Placement(p("/media/sd"), p("/DCIM")));
        assertThat(table.place(p("/media/other"))).hasValue(new MountTable.Placement(VolumePath.ROOT, p("/media/other")));
        assertThat(table.isAboveMounts(p("/media"))).isTrue();
        assertThat(table.mountNamesIn(p("/"))).containsExactly("flash", "media");
        assertThat(table.mountNamesIn(p("/media"))).containsExactly("sd");
    }
}
