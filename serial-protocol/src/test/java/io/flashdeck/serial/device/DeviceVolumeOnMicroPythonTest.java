package io.flashdeck.serial.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.serial.agent.PyLiteral;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** {@link DeviceVolume} on real MicroPython's {@code /flash} (a VfsPosix mount in the WebAssembly build). */
class DeviceVolumeOnMicroPythonTest extends DeviceVolumeContract {

    @Override
    protected DeviceSession connect() throws IOException {
        return DeviceSession.open(MicroPythonPeer.start(), MicroPythonPeer.settings());
    }

    /** {@code os.listdir} of the bytes path, each name in hex. */
    @Override
    protected List<byte[]> storedNames(String directory) throws IOException {
        String hex = text(session.exec("import os, binascii\nprint(' '.join(binascii.hexlify(n).decode() for n in"
                + " sorted(os.listdir(" + PyLiteral.utf8(directory) + "))))"));
        List<byte[]> names = new ArrayList<>();
        for (String name : hex.split(" ")) {
            if (!name.isEmpty()) {
                names.add(HexFormat.of().parseHex(name));
            }
        }
        return names;
    }

    /** A POSIX file system takes names FAT would refuse or change too. */
    @Override
    protected List<String> hostileNames() {
        return Stream.concat(HOSTILE_FAT_NAMES.stream(), Stream.of("\"); raise SystemExit; (\"", "back\\slash\\x00",
                "ctrl\u0003c and \u0004d", "line\nbreak", "  spaced  ", "tab\there", "\\", "b'\\x2f'")).toList();
    }

    @Override
    protected void checkSpace(SpaceInfo space) {
        assertThat(space.fileSystem()).isEqualTo("posix");
        assertThat(space.blockSize()).isEqualTo(4096);
    }
}
