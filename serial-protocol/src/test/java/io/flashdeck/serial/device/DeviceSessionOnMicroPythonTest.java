package io.flashdeck.serial.device;

import static io.flashdeck.serial.device.DeviceVolumeContract.bytes;
import static io.flashdeck.serial.device.DeviceVolumeContract.names;
import static io.flashdeck.serial.device.DeviceVolumeContract.path;
import static io.flashdeck.serial.device.DeviceVolumeContract.read;
import static io.flashdeck.serial.device.DeviceVolumeContract.text;
import static io.flashdeck.serial.device.DeviceVolumeContract.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.link.ProcessLink;
import io.flashdeck.serial.repl.DeviceException;
import io.flashdeck.serial.testing.ByteNameVolume;
import io.flashdeck.serial.testing.CountingLink;
import io.flashdeck.serial.testing.CuttingLink;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connections to real MicroPython: the agent's lifetime, recovery after power loss, resets, threads. */
class DeviceSessionOnMicroPythonTest {

    private ProcessLink device;
    private CountingLink counting;
    private DeviceSession session;

    @BeforeEach
    void startDevice() throws IOException {
        device = MicroPythonPeer.start();
        counting = new CountingLink(device);
        session = connect();
    }

    @AfterEach
    void stopDevice() {
        device.close();
    }

    @Test
    void pastesTheAgentOncePerDeviceNotOncePerConnection() throws IOException {
        long first = counting.written();
        assertThat(session.agentPasted()).isTrue();
        assertThat(first).isGreaterThan(4000);

        long before = counting.written();
        DeviceSession second = connect();

        assertThat(second.agentPasted()).isFalse();
        assertThat(counting.written() - before).as("bytes sent to reconnect").isLessThan(first / 2);
        assertThat(second.info().version()).isEqualTo("1.27.0");
    }

    @Test
    void finishesOrRemovesWhatAPowerLossLeftOfReplacingFiles() throws IOException {
        ByteNameVolume.mount(session, "/flash", 1 << 20);
        // what the agent's swap leaves when the device loses power after each of its steps
        session.exec("import os\n"
                + "def put(p, b):\n    with open(p, 'wb') as f:\n        f.write(b)\n"
                + "put('/flash/a.txt', b'old'); put('/flash/.fdtmp-1', b'new'); put('/flash/.fdswap-1', b'a.txt')\n"
                + "put('/flash/.fdold-2', b'old'); put('/flash/.fdtmp-2', b'new'); put('/flash/.fdswap-2', b'b.txt')\n"
                + "put('/flash/c.txt', b'new'); put('/flash/.fdold-3', b'old'); put('/flash/.fdswap-3', b'c.txt')\n"
                + "put('/flash/d.txt', b'old'); put('/flash/.fdtmp-4', b'never committed')\n"
                + "os.mkdir('/flash/sub'); put('/flash/sub/e.txt', b'old'); put('/flash/sub/.fdtmp-5', b'part')\n");

        DeviceSession next = connect();

        assertThat(text(next.exec("import os\nprint(sorted(os.listdir('/flash')))")))
                .isEqualTo("['a.txt', 'b.txt', 'c.txt', 'd.txt', 'sub']");
        DeviceVolume flash = next.volume("/flash");
        for (String name : List.of("/a.txt", "/b.txt", "/c.txt")) {
            assertThat(read(flash, name)).as(name).isEqualTo(bytes("new"));
        }
        assertThat(read(flash, "/d.txt")).isEqualTo(bytes("old"));
        assertThat(names(flash.list(path("/sub")))).containsExactly("e.txt");
        assertThat(text(next.exec("print(os.listdir('/flash/sub'))"))).isEqualTo("['e.txt']");
    }

    @Test
    void aSoftResetLosesTheAgentAndTheSessionPastesItAgain() throws IOException {
        write(session.volume("/flash"), "/kept.txt", bytes("files survive"));

        session.softReset();

        assertThat(session.agentPasted()).isTrue();
        assertThat(read(session.volume("/flash"), "/kept.txt")).isEqualTo(bytes("files survive"));
    }

    @Test
    void runsUserCodeAndReportsItsErrors() throws IOException {
        assertThat(text(session.exec("print(6 * 7)"))).isEqualTo("42");
        assertThatThrownBy(() -> session.exec("1/0")).isInstanceOf(DeviceException.class)
                .hasMessageContaining("ZeroDivisionError");
        assertThat(session.mounts()).isNotEmpty();
    }

    @Test
    void refusesToFormatWithoutVfsFatAndLeavesTheFiles() throws IOException {
        write(session.volume("/flash"), "/main.py", bytes("print(1)"));

        assertThatThrownBy(() -> session.factoryReset("/flash")).isInstanceOf(IOException.class)
                .hasMessageContaining("not supported by this device");
        assertThat(read(session.volume("/flash"), "/main.py")).isEqualTo(bytes("print(1)"));
    }

    @Test
    void threadsTakeTurns() throws Exception {
        DeviceVolume flash = session.volume("/flash");
        byte[] data = new byte[70_000];
        write(flash, "/shared.bin", data);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        write(flash, "/t" + thread, bytes("thread " + thread + " round " + i));
                        assertThat(read(flash, "/shared.bin")).isEqualTo(data);
                        assertThat(read(flash, "/t" + thread)).isEqualTo(bytes("thread " + thread + " round " + i));
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A session over a new view of the same interpreter, as after a reconnect. */
    private DeviceSession connect() throws IOException {
        return DeviceSession.open(new CuttingLink(counting), MicroPythonPeer.settings());
    }
}
