package io.flashdeck.serial.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.Sha256;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.CountingLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several files per device call ({@link DeviceVolume#writeAll}, {@link DeviceVolume#readAll}):
 * contents exact in order, a few exchanges for a whole batch, the first failure stopping the batch
 * with the files before it in place and none after, and the device usable afterwards.
 * Subclasses start a device whose {@code /flash} is empty.
 */
public abstract class BatchTransferContract {

    private Link device;
    private CountingLink counted;
    private DeviceSession session;
    protected DeviceVolume flash;

    protected abstract Link startDevice() throws IOException;

    protected abstract ReplSettings settings();

    @BeforeEach
    void connectDevice() throws IOException {
        device = startDevice();
        counted = new CountingLink(device);
        session = DeviceSession.open(counted, settings());
        flash = session.volume("/flash");
        emptied();
    }

    /**
     * Exchanges the upload of {@link #movesManyFilesBothWaysInFewExchanges}'s 115 KB may take: a
     * device whose whole next window is granted early answers once per window.
     */
    protected long uploadExchangeLimit() {
        return 15;
    }

    /** Called once connected: a device that keeps files between runs empties {@code /flash} here. */
    protected void emptied() throws IOException {
    }

    @AfterEach
    void closeDevice() throws IOException {
        session.close();
        device.close();
    }

    @Test
    void movesManyFilesBothWaysInFewExchanges() throws IOException {
        flash.mkdir(path("/sub"));
        Random random = new Random(4242);
        List<VolumePath> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            paths.add(path((i % 3 == 0 ? "/sub/" : "/") + "f" + i + (i == 7 ? " it's; here" : ".bin")));
            contents.add(bytes(random, i == 0 ? 0 : i == 1 ? 70_000 : 1 + random.nextInt(3000)));
        }
        List<Integer> written = new ArrayList<>();
        long before = counted.turnarounds();

        flash.writeAll(writes(paths, contents), written::add);
        long uploadExchanges = counted.turnarounds() - before;
        List<byte[]> back = new ArrayList<>();
        before = counted.turnarounds();
        flash.readAll(paths, (index, in) -> {
            assertThat(index).isEqualTo(back.size());
            back.add(in.readAllBytes());
        });
        long downloadExchanges = counted.turnarounds() - before;

        assertThat(written).isEqualTo(IntStream.range(0, 30).boxed().toList());
        for (int i = 0; i < paths.size(); i++) {
            assertThat(back.get(i)).as("file %d read back", i).isEqualTo(contents.get(i));
            assertThat(flash.sha256(paths.get(i))).isEqualTo(Sha256.create().digest(contents.get(i)));
        }
        // one per file would be 30 or more; the 70 KB file needs its own windows
        assertThat(uploadExchanges).as("exchanges for the upload batch").isLessThan(uploadExchangeLimit());
        assertThat(downloadExchanges).as("exchanges for the download batch").isLessThan(15);
        assertNoTemporaries();
    }

    @Test
    void theFirstFailureStopsTheBatchWithTheFilesBeforeItInPlace() throws IOException {
        List<VolumePath> paths = List.of(path("/a"), path("/missing/b"), path("/c"));
        List<byte[]> contents = List.of(new byte[] {1}, new byte[] {2}, new byte[] {3});
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> flash.writeAll(writes(paths, contents), written::add))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("/missing/b");

        assertThat(written).containsExactly(0);
        assertThat(flash.sha256(path("/a"))).isEqualTo(Sha256.create().digest(contents.get(0)));
        assertThat(flash.find(path("/c"))).isEmpty();
        assertNoTemporaries();
    }

    @Test
    void aFailingSourceCancelsTheBatchAndLeavesItsFileUntouched() throws IOException {
        flash.write(path("/b"), new ByteArrayInputStream(new byte[] {9, 9}), 2, WriteOptions.DEFAULT);
        List<FileWrite> writes = new ArrayList<>(writes(List.of(path("/a")), List.of(new byte[] {1})));
        writes.add(new FileWrite(path("/b"), 5000, WriteOptions.DEFAULT,
                () -> new ByteArrayInputStream(new byte[1200]))); // 1200 of the promised 5000 bytes
        writes.addAll(writes(List.of(path("/c")), List.of(new byte[] {3})));
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> flash.writeAll(writes, written::add))
                .isInstanceOf(IOException.class).hasMessageContaining("ended after 1200 of 5000 bytes");

        assertThat(written).containsExactly(0);
        assertThat(flash.sha256(path("/b"))).isEqualTo(Sha256.create().digest(new byte[] {9, 9}));
        assertThat(flash.find(path("/c"))).isEmpty();
        assertNoTemporaries();
    }

    @Test
    void aMissingFileStopsADownloadBatchAndTheDeviceAnswersAfterwards() throws IOException {
        List<VolumePath> present = List.of(path("/a"), path("/c"));
        flash.writeAll(writes(present, List.of(new byte[] {1}, new byte[] {3})), index -> { });
        List<Integer> read = new ArrayList<>();

        assertThatThrownBy(() -> flash.readAll(List.of(path("/a"), path("/gone"), path("/c")),
                (index, in) -> read.add(index))).isInstanceOf(NoSuchFileException.class).hasMessageContaining("/gone");

        assertThat(read).containsExactly(0);
        assertThat(flash.list(path("/"))).hasSize(2);
    }

    @Test
    void aFailingReaderEndsTheBatchAndTheDeviceAnswersAfterwards() throws IOException {
        List<VolumePath> paths = List.of(path("/a"), path("/b"), path("/c"));
        Random random = new Random(7);
        flash.writeAll(writes(paths, List.of(bytes(random, 5000), bytes(random, 100), bytes(random, 9000))), i -> { });

        assertThatThrownBy(() -> flash.readAll(paths, (index, in) -> {
            in.read(); // leaves the rest unread
            throw new IOException("the host disk is full");
        })).hasMessage("the host disk is full");

        assertThat(flash.list(path("/"))).hasSize(3);
    }

    @Test
    void aBatchCannotReadItsOwnCamera() throws IOException {
        flash.write(path("/a"), new ByteArrayInputStream(new byte[] {1}), 1, WriteOptions.DEFAULT);
        FileWrite fromItself = new FileWrite(path("/b"), 1, WriteOptions.DEFAULT, () -> flash.openRead(path("/a")));

        assertThatThrownBy(() -> flash.writeAll(List.of(fromItself), index -> { }))
                .hasMessageContaining("busy with a batch");

        assertThat(flash.find(path("/b"))).isEmpty();
        assertNoTemporaries();
    }

    /** Names in {@code directory} (a device path) as stored, read without the agent, whose listing tidies. */
    protected abstract List<String> storedNames(String directory) throws IOException;

    /** The session, for subclasses that look at the device through it. */
    protected DeviceSession session() {
        return session;
    }

    private void assertNoTemporaries() throws IOException {
        assertThat(storedNames("/flash")).noneMatch(name -> name.startsWith(".fd"));
    }

    private static List<FileWrite> writes(List<VolumePath> paths, List<byte[]> contents) {
        List<FileWrite> writes = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            byte[] data = contents.get(i);
            writes.add(new FileWrite(paths.get(i), data.length, WriteOptions.DEFAULT, () -> new ByteArrayInputStream(data)));
        }
        return writes;
    }

    private static byte[] bytes(Random random, int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return data;
    }

    private static VolumePath path(String text) {
        return VolumePath.parse(text);
    }
}
