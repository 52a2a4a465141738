package io.flashdeck.serial.device;

import static io.flashdeck.serial.device.DeviceVolumeOnMicroPythonTest.path;
import static io.flashdeck.serial.device.DeviceVolumeOnMicroPythonTest.sha256;
import static io.flashdeck.serial.device.DeviceVolumeOnMicroPythonTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.TransferTuning;
import io.flashdeck.serial.link.LinkClosedException;
import io.flashdeck.serial.link.ProcessLink;
import io.flashdeck.serial.testing.CuttingLink;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The link is cut at seeded random points of uploads and downloads. MicroPython keeps running
 * (its files live in the interpreter's memory, as a camera's live on its flash): only the host's
 * view of the link dies, as when a USB cable is pulled and plugged back. After each cut a new
 * session on the same interpreter must find the destination with its old or its new content,
 * never a part, no temporary file left anywhere, and a working device. Camera-sized windows
 * (2 KiB, 448 bytes of early credit) make every file several windows long.
 */
class TransferFaultInjectionTest {

    private static final TransferTuning CAMERA = new TransferTuning(2048, 448, 2);
    private static final int CUTS = 75;

    private ProcessLink device;
    private CuttingLink view;
    private DeviceSession session;

    @BeforeEach
    void startDevice() throws IOException {
        device = MicroPythonPeer.start();
        reconnect();
        session.exec("import os\nos.mkdir('/flash/sub')");
    }

    @AfterEach
    void stopDevice() {
        device.close();
    }

    @Test
    void uploadsCutAnywhereLeaveTheOldOrTheNewFile() throws IOException {
        Random random = new Random(20240611);
        int cutMidway = 0;
        for (int i = 0; i < CUTS; i++) {
            VolumePath target = i % 3 == 0 ? path("/sub/t" + (i % 4)) : path("/t" + (i % 5));
            byte[] old = randomBytes(random, 1 + random.nextInt(6000));
            byte[] fresh = randomBytes(random, random.nextInt(9000));
            write(target, old);

            long budget = random.nextInt(fresh.length + fresh.length / 64 + 400);
            view.cutAfter(budget);
            boolean completed = tryWrite(target, fresh);
            cutMidway += completed ? 0 : 1;

            reconnect();
            byte[] now = flash().sha256(target);
            assertThat(now).as("cut %d after %d bytes: old or new content", i, budget)
                    .isIn(sha256(old), sha256(fresh));
            if (completed) {
                assertThat(now).isEqualTo(sha256(fresh));
            }
            assertNoTemporaries();
        }
        assertThat(cutMidway).as("cuts that hit an upload in progress").isGreaterThan(CUTS / 2);
    }

    @Test
    void downloadsCutAnywhereFailClearlyAndLeaveTheFile() throws IOException {
        Random random = new Random(777);
        int cutMidway = 0;
        for (int i = 0; i < CUTS; i++) {
            VolumePath source = path("/d" + (i % 4));
            byte[] content = randomBytes(random, random.nextInt(9000));
            write(source, content);

            long budget = random.nextInt(content.length + content.length / 64 + 300);
            view.cutAfter(budget);
            try (InputStream in = flash().openRead(source)) {
                assertThat(in.readAllBytes()).as("a download that was not cut is whole").isEqualTo(content);
            } catch (LinkClosedException e) {
                assertThat(e).hasMessageContaining("was cut");
                cutMidway++;
            }

            reconnect();
            assertThat(flash().sha256(source)).isEqualTo(sha256(content));
            assertNoTemporaries();
        }
        assertThat(cutMidway).as("cuts that hit a download in progress").isGreaterThan(CUTS / 2);
    }

    private boolean tryWrite(VolumePath target, byte[] data) {
        try {
            write(target, data);
            return true;
        } catch (IOException e) {
            assertThat(e).isInstanceOf(LinkClosedException.class).hasMessageContaining("was cut");
            return false;
        }
    }

    /** A new session over a new view of the same interpreter, as after plugging the cable back in. */
    private void reconnect() throws IOException {
        view = new CuttingLink(device);
        session = DeviceSession.open(view, MicroPythonPeer.settings());
        session.setTuning(CAMERA);
    }

    private DeviceVolume flash() throws IOException {
        return session.volume("/flash");
    }

    private void write(VolumePath target, byte[] data) throws IOException {
        flash().write(target, new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
    }

    private void assertNoTemporaries() throws IOException {
        String names = text(session.exec("import os\nprint([n for d in ('/flash', '/flash/sub') for n in os.listdir(d)"
                + " if n.startswith('.fd')])"));
        assertThat(names).isEqualTo("[]");
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return data;
    }
}
