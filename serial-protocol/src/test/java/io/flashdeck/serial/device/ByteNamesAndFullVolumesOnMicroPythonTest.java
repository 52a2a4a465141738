package io.flashdeck.serial.device;

import static io.flashdeck.serial.device.DeviceVolumeContract.bytes;
import static io.flashdeck.serial.device.DeviceVolumeContract.names;
import static io.flashdeck.serial.device.DeviceVolumeContract.path;
import static io.flashdeck.serial.device.DeviceVolumeContract.random;
import static io.flashdeck.serial.device.DeviceVolumeContract.read;
import static io.flashdeck.serial.device.DeviceVolumeContract.sha256;
import static io.flashdeck.serial.device.DeviceVolumeContract.text;
import static io.flashdeck.serial.device.DeviceVolumeContract.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.testing.ByteNameVolume;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DeviceVolume} on real MicroPython with {@code /flash} a byte-name RAM volume
 * ({@code bytevfs.py}): names a PC wrote in code page 437, FatFs's refusal to rename onto an
 * existing name, and volumes that fill up.
 */
class ByteNamesAndFullVolumesOnMicroPythonTest {

    private DeviceSession session;

    @BeforeEach
    void connect() throws IOException {
        session = DeviceSession.open(MicroPythonPeer.start(), MicroPythonPeer.settings());
    }

    @AfterEach
    void close() throws IOException {
        session.close();
    }

    @Test
    void namesThatAreNotUtf8ListAndTransfer() throws IOException {
        DeviceVolume flash = mount(1 << 20, 1 << 20);
        // as a PC writes them on a camera's FAT: café.txt and Ünïcode in code page 437, and a directory
        session.exec("import os\nos.mkdir(b'/flash/d\\x81r')\n"
                + "for p in (b'/flash/caf\\x82.txt', b'/flash/\\x9an\\x8bcode', b'/flash/d\\x81r/\\xe1eta'):\n"
                + "    with open(p, 'wb') as f:\n        f.write(p)\n");

        assertThat(names(flash.list(VolumePath.ROOT))).containsExactlyInAnyOrder("café.txt", "Ünïcode", "dür");
        assertThat(names(flash.list(path("/dür")))).containsExactly("ßeta");
        assertThat(read(flash, "/café.txt")).isEqualTo(concat(bytes("/flash/caf"), new byte[] {(byte) 0x82}, bytes(".txt")));
        assertThat(flash.sha256(path("/dür/ßeta"))).isEqualTo(sha256(concat(bytes("/flash/d"),
                new byte[] {(byte) 0x81}, bytes("r/"), new byte[] {(byte) 0xe1}, bytes("eta"))));

        write(flash, "/café.txt", bytes("replaced"));
        flash.rename(path("/Ünïcode"), path("/dür/Ünïcode"));
        flash.delete(path("/dür/ßeta"));

        assertThat(text(session.exec("import os\nprint(sorted(os.listdir(b'/flash')), os.listdir(b'/flash/d\\x81r'))")))
                .isEqualTo("[b'caf\\x82.txt', b'd\\x81r'] [b'\\x9an\\x8bcode']");
        assertThat(read(flash, "/café.txt")).isEqualTo(bytes("replaced"));
    }

    @Test
    void newNonAsciiNamesAreWrittenAsUtf8() throws IOException {
        DeviceVolume flash = mount(1 << 20, 1 << 20);

        write(flash, "/naïve.py", bytes("x"));

        assertThat(text(session.exec("import os\nprint(os.listdir(b'/flash'))"))).isEqualTo("[b'na\\xc3\\xafve.py']");
        assertThat(names(flash.list(VolumePath.ROOT))).containsExactly("naïve.py");
    }

    @Test
    void replacesFilesWhereRenameRefusesAnExistingTarget() throws IOException {
        DeviceVolume flash = mount(1 << 20, 1 << 20);
        write(flash, "/main.py", bytes("old"));

        write(flash, "/main.py", bytes("new"));

        assertThat(read(flash, "/main.py")).isEqualTo(bytes("new"));
        assertThat(text(session.exec("import os\nprint(os.listdir('/flash'))"))).isEqualTo("['main.py']");
        assertThatThrownBy(() -> session.exec("import os\nos.rename('/flash/main.py', '/flash/main.py')"))
                .hasMessageContaining("20"); // the volume does refuse, as FatFs does
    }

    @Test
    void aFullVolumeRefusesTheWriteAndKeepsTheOldFile() throws IOException {
        DeviceVolume flash = mount(64 * 1024, 64 * 1024);
        byte[] old = random(40 * 1024, 1);
        write(flash, "/data.bin", old);

        assertThatThrownBy(() -> write(flash, "/more.bin", random(40 * 1024, 2)))
                .isInstanceOf(VolumeFullException.class).hasMessageContaining("/flash/more.bin");
        assertThatThrownBy(() -> write(flash, "/data.bin", random(30 * 1024, 3)))
                .isInstanceOf(VolumeFullException.class);

        assertThat(text(session.exec("import os\nprint(os.listdir('/flash'))"))).isEqualTo("['data.bin']");
        assertThat(read(flash, "/data.bin")).isEqualTo(old);
    }

    @Test
    void runningOutOfSpacePartWayLeavesNothingAndTheSessionWorks() throws IOException {
        // statvfs claims 1 MiB, 100 KiB are really there: the write fails in the middle
        DeviceVolume flash = mount(100 * 1024, 1 << 20);
        byte[] old = random(10 * 1024, 4);
        write(flash, "/data.bin", old);

        assertThatThrownBy(() -> write(flash, "/data.bin", random(300 * 1024, 5)))
                .isInstanceOf(VolumeFullException.class).hasMessageContaining("no space");

        assertThat(text(session.exec("import os\nprint(os.listdir('/flash'))"))).isEqualTo("['data.bin']");
        assertThat(read(flash, "/data.bin")).isEqualTo(old);
        write(flash, "/small.bin", bytes("fits"));
        assertThat(read(flash, "/small.bin")).isEqualTo(bytes("fits"));
    }

    private DeviceVolume mount(long capacity, long claimed) throws IOException {
        ByteNameVolume.mount(session, "/flash", capacity, claimed);
        return session.volume("/flash");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
