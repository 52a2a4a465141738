package io.flashdeck.serial.device;

import static io.flashdeck.serial.device.DeviceVolumeContract.path;
import static io.flashdeck.serial.device.DeviceVolumeContract.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.TransferTuning;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.LinkClosedException;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.CuttingLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The link is cut at seeded random points of uploads and downloads. The device keeps running
 * (its files stay, as a camera's stay on its flash): only the host's view of the link dies, as
 * when a USB cable is pulled and plugged back. After each cut a new session on the same device
 * must find the destination with its old or its new content, never a part, no temporary file left
 * anywhere, and a working device. Camera-sized windows (2 KiB, 448 bytes of early credit) make
 * every file several windows long. Subclasses name the device.
 */
public abstract class TransferFaultInjectionContract {

    private static final TransferTuning CAMERA = new TransferTuning(2048, 448, 2);

    private Link device;
    private CuttingLink view;
    private DeviceSession session;

    /** Starts the device; the link returned stays open across the cuts of its views. */
    protected abstract Link startDevice() throws IOException;

    protected abstract ReplSettings settings();

    /** Cuts per test: as many as the device runs through in a few seconds. */
    protected abstract int cuts();

    /**
     * The names starting {@code .fd} in {@code directory} on the device, read without the agent
     * (between transfers; {@link #session()} is connected then).
     */
    protected abstract List<String> temporaries(String directory) throws IOException;

    @BeforeEach
    void connectDevice() throws IOException {
        device = startDevice();
        reconnect();
        flash().mkdir(path("/sub"));
    }

    @AfterEach
    void closeDevice() throws IOException {
        device.close();
    }

    @Test
    void uploadsCutAnywhereLeaveTheOldOrTheNewFile() throws IOException {
        Random random = new Random(20240611);
        int cutMidway = 0;
        for (int i = 0; i < cuts(); i++) {
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
        assertThat(cutMidway).as("cuts that hit an upload in progress").isGreaterThan(cuts() / 2);
    }

    @Test
    void downloadsCutAnywhereFailClearlyAndLeaveTheFile() throws IOException {
        Random random = new Random(777);
        int cutMidway = 0;
        for (int i = 0; i < cuts(); i++) {
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
        assertThat(cutMidway).as("cuts that hit a download in progress").isGreaterThan(cuts() / 2);
    }

    @Test
    void batchUploadsCutAnywhereLeaveEachFileOldOrNew() throws IOException {
        Random random = new Random(5150);
        int cutMidway = 0;
        for (int i = 0; i < cuts() / 2; i++) {
            List<VolumePath> targets = List.of(path("/b0"), path("/sub/b1"), path("/b2"), path("/sub/b3"));
            List<byte[]> old = new ArrayList<>();
            List<FileWrite> writes = new ArrayList<>();
            long total = 0;
            for (VolumePath target : targets) {
                byte[] before = randomBytes(random, 1 + random.nextInt(3000));
                write(target, before);
                old.add(before);
                byte[] fresh = randomBytes(random, random.nextInt(4000));
                writes.add(new FileWrite(target, fresh.length, WriteOptions.DEFAULT, () -> new ByteArrayInputStream(fresh)));
                total += fresh.length;
            }
            List<Integer> written = new ArrayList<>();
            long budget = random.nextInt((int) (total + total / 64 + 600));
            view.cutAfter(budget);
            try {
                flash().writeAll(writes, written::add);
            } catch (LinkClosedException e) {
                assertThat(e).hasMessageContaining("was cut");
                cutMidway++;
            }

            reconnect();
            for (int f = 0; f < targets.size(); f++) {
                byte[] fresh;
                try (InputStream in = writes.get(f).content().open()) {
                    fresh = in.readAllBytes();
                }
                byte[] now = flash().sha256(targets.get(f));
                assertThat(now).as("round %d, file %d, cut after %d bytes", i, f, budget)
                        .isEqualTo(written.contains(f) ? sha256(fresh) : now).isIn(sha256(old.get(f)), sha256(fresh));
            }
            assertNoTemporaries();
        }
        assertThat(cutMidway).as("cuts that hit a batch in progress").isGreaterThan(cuts() / 4);
    }

    @Test
    void batchDownloadsCutAnywhereFailClearly() throws IOException {
        Random random = new Random(6061);
        List<VolumePath> sources = List.of(path("/c0"), path("/sub/c1"), path("/c2"));
        List<byte[]> contents = new ArrayList<>();
        for (VolumePath source : sources) {
            byte[] content = randomBytes(random, random.nextInt(5000));
            write(source, content);
            contents.add(content);
        }
        int cutMidway = 0;
        for (int i = 0; i < cuts() / 2; i++) {
            long budget = random.nextInt(12_000);
            view.cutAfter(budget);
            try {
                flash().readAll(sources, (index, in) ->
                        assertThat(in.readAllBytes()).as("file %d of an uncut batch", index).isEqualTo(contents.get(index)));
            } catch (LinkClosedException e) {
                assertThat(e).hasMessageContaining("was cut");
                cutMidway++;
            }
            reconnect();
        }
        assertThat(cutMidway).as("cuts that hit a batch in progress").isGreaterThan(cuts() / 8);
        for (int f = 0; f < sources.size(); f++) {
            assertThat(flash().sha256(sources.get(f))).isEqualTo(sha256(contents.get(f)));
        }
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
    /** The current session. */
    protected DeviceSession session() {
        return session;
    }

    private void reconnect() throws IOException {
        view = new CuttingLink(device);
        session = DeviceSession.open(view, settings());
        session.setTuning(CAMERA);
    }

    private DeviceVolume flash() throws IOException {
        return session.volume("/flash");
    }

    private void write(VolumePath target, byte[] data) throws IOException {
        flash().write(target, new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
    }

    private void assertNoTemporaries() throws IOException {
        assertThat(temporaries("/flash")).isEmpty();
        assertThat(temporaries("/flash/sub")).isEmpty();
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return data;
    }
}
