package io.flashdeck.serial.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.CopyResult;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link DeviceVolume} must do on every device: listing, errors, hostile and unicode names,
 * empty to multi-MiB files, atomic replace, deep trees, space, interleaved reads, and copies
 * between host, {@code /flash} and {@code /sdcard}. Subclasses connect to a device whose
 * {@code /flash} is empty and say how to look at its storage without the agent.
 */
public abstract class DeviceVolumeContract {

    /** Names that would be code if spliced into it, and are valid FAT names. */
    protected static final List<String> HOSTILE_FAT_NAMES = List.of("'); import machine; machine.reset(); ('",
            "exec('import os')", "#comment", "x; import os", "  leading spaces", "%s{0}$HOME`id`", "a'b", "new\u00a0space");

    @TempDir
    protected Path scratch;
    protected DeviceSession session;
    protected DeviceVolume flash;

    /** A session with a device whose {@code /flash} is empty. */
    protected abstract DeviceSession connect() throws IOException;

    /** The names in {@code directory} (a device path) as the device stores them, read without the agent. */
    protected abstract List<byte[]> storedNames(String directory) throws IOException;

    /** File names that are hostile to code but valid on the device's file system. */
    protected abstract List<String> hostileNames();

    /** Checks what {@code os.statvfs} of {@code /flash} says on this device. */
    protected abstract void checkSpace(SpaceInfo space);

    @BeforeEach
    void connectDevice() throws IOException {
        session = connect();
        flash = session.volume("/flash");
    }

    @AfterEach
    void closeSession() throws IOException {
        session.close();
    }

    @Test
    void listsStatsMakesAndRemoves() throws IOException {
        flash.mkdir(path("/a"));
        flash.mkdir(path("/a/b"));
        write("/a/f.txt", bytes("twelve bytes"));

        assertThat(names(flash.list(VolumePath.ROOT))).containsExactly("a");
        List<FileEntry> inA = flash.list(path("/a"));
        assertThat(inA).extracting(FileEntry::name).containsExactlyInAnyOrder("b", "f.txt");
        assertThat(flash.stat(path("/a/f.txt"))).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.FILE);
            assertThat(e.size()).isEqualTo(12);
            assertThat(e.modified()).isNotNull();
        });
        assertThat(flash.stat(path("/a/b")).type()).isEqualTo(EntryType.DIRECTORY);
        assertThat(flash.stat(VolumePath.ROOT).isDirectory()).isTrue();

        assertThatThrownBy(() -> flash.delete(path("/a"))).isInstanceOf(DirectoryNotEmptyException.class);
        flash.delete(path("/a/f.txt"));
        flash.rename(path("/a/b"), path("/c"));
        assertThat(names(flash.list(VolumePath.ROOT))).containsExactlyInAnyOrder("a", "c");
        flash.delete(path("/a"));
        flash.deleteTree(path("/c"));
        assertThat(flash.list(VolumePath.ROOT)).isEmpty();
    }

    @Test
    void reportsErrorsAsTheJavaExceptionsThatFit() throws IOException {
        flash.mkdir(path("/d"));
        write("/d/f", bytes("x"));

        assertThatThrownBy(() -> flash.stat(path("/nope"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("/flash/nope");
        assertThatThrownBy(() -> flash.mkdir(path("/d"))).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> flash.mkdir(path("/x/y"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.mkdir(path("/d/f/y"))).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> flash.list(path("/d/f"))).isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> flash.list(path("/nope"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.openRead(path("/nope"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.openRead(path("/d"))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> write("/d", bytes("x"))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> write("/nope/f", bytes("x"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.rename(path("/d/f"), path("/d"))).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> flash.rename(path("/d"), path("/d/inner"))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("into itself");
        assertThatThrownBy(() -> flash.delete(path("/nope"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> flash.sha256(path("/nope"))).isInstanceOf(NoSuchFileException.class);
        assertThat(read("/d/f")).isEqualTo(bytes("x")); // the session is still usable
    }

    @Test
    void hostileNamesAreJustNames() throws IOException {
        boolean pasted = session.agentPasted();
        List<String> hostile = hostileNames();
        for (int i = 0; i < hostile.size(); i++) {
            write("/" + hostile.get(i), bytes("content " + i));
        }

        assertThat(names(flash.list(VolumePath.ROOT))).containsExactlyInAnyOrderElementsOf(hostile);
        for (int i = 0; i < hostile.size(); i++) {
            VolumePath p = VolumePath.ROOT.resolve(hostile.get(i));
            assertThat(read(p)).isEqualTo(bytes("content " + i));
            flash.rename(p, VolumePath.ROOT.resolve(hostile.get(i) + " renamed"));
        }
        for (String name : hostile) {
            flash.delete(VolumePath.ROOT.resolve(name + " renamed"));
        }
        assertThat(flash.list(VolumePath.ROOT)).isEmpty();
        assertThat(session.agentPasted()).as("the agent stayed in RAM: nothing reset the device").isEqualTo(pasted);
    }

    @Test
    void unicodeNamesAreStoredAsUtf8() throws IOException {
        List<String> names = List.of("Grüße.txt", "日本語.py", "emoji 😀", "Ωmega");
        for (String name : names) {
            flash.mkdir(VolumePath.ROOT.resolve(name + " dir"));
            flash.write(VolumePath.of(name + " dir", name), new ByteArrayInputStream(bytes(name)), bytes(name).length,
                    WriteOptions.DEFAULT);
        }

        for (String name : names) {
            assertThat(names(flash.list(VolumePath.of(name + " dir")))).containsExactly(name);
            assertThat(read(VolumePath.of(name + " dir", name))).isEqualTo(bytes(name));
        }
        assertThat(storedNames("/flash/Grüße.txt dir")).containsExactly(bytes("Grüße.txt"));
    }

    @Test
    void movesEmptySmallAndMultiMegabyteFilesBothWays() throws IOException {
        DeviceVolume card = session.volume("/sdcard");
        int window = session.tuning().window();
        int[] sizes = {0, 1, 1023, 1024, 1025, window - 1, window, window + 1, 5 * 1024 * 1024 + 3};
        Random random = new Random(42);
        for (int size : sizes) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            card.write(path("/f" + size), new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);

            assertThat(card.stat(path("/f" + size)).size()).isEqualTo(size);
            try (InputStream in = card.openRead(path("/f" + size))) {
                assertThat(in.readAllBytes()).as("content of a %d-byte file", size).isEqualTo(data);
            }
            assertThat(card.sha256(path("/f" + size))).isEqualTo(sha256(data));
            card.delete(path("/f" + size));
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaries() throws IOException {
        write("/main.py", bytes("print('old')"));
        write("/main.py", bytes("print('new, and longer')"));
        write("/main.py", bytes("short"));

        assertThat(read("/main.py")).isEqualTo(bytes("short"));
        assertThat(storedNames("/flash")).containsExactly(bytes("main.py"));
    }

    @Test
    void handlesDeepTrees() throws IOException {
        VolumePath deep = VolumePath.ROOT;
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("level" + i);
            flash.mkdir(deep);
            write(deep.resolve("f.txt"), bytes("depth " + i));
        }

        assertThat(read(deep.resolve("f.txt"))).isEqualTo(bytes("depth 39"));
        assertThat(names(flash.list(deep.parent()))).containsExactlyInAnyOrder("f.txt", "level39");
        flash.deleteTree(path("/level0"));
        assertThat(flash.list(VolumePath.ROOT)).isEmpty();
    }

    @Test
    void reportsSpaceFromStatvfs() throws IOException {
        SpaceInfo space = flash.space();

        assertThat(space.totalBytes()).isPositive();
        assertThat(space.freeBytes()).isBetween(1L, space.totalBytes());
        checkSpace(space);
        assertThat(flash.name()).isEqualTo("cam:/flash");
    }

    @Test
    void readsTwoFilesInTurnAndCopiesWithinTheDevice() throws IOException {
        byte[] a = new byte[300_000];
        byte[] b = new byte[200_000];
        new Random(1).nextBytes(a);
        new Random(2).nextBytes(b);
        write("/a", a);
        write("/b", b);

        byte[] gotA = new byte[a.length];
        byte[] gotB = new byte[b.length];
        try (InputStream inA = flash.openRead(path("/a")); InputStream inB = flash.openRead(path("/b"))) {
            int offA = 0;
            int offB = 0;
            while (offA < a.length || offB < b.length) {
                offA += Math.max(0, inA.read(gotA, offA, Math.min(7000, a.length - offA)));
                offB += Math.max(0, inB.read(gotB, offB, Math.min(5000, b.length - offB)));
                flash.stat(path("/a")); // another call between reads
            }
            assertThat(inA.read()).isEqualTo(-1);
        }
        assertThat(gotA).isEqualTo(a);
        assertThat(gotB).isEqualTo(b);

        session.volume("/sdcard").write(path("/copy"), flash.openRead(path("/a")), a.length, WriteOptions.DEFAULT);
        assertThat(session.volume("/sdcard").sha256(path("/copy"))).isEqualTo(sha256(a));
    }

    @Test
    void copiesTreesBetweenHostFlashAndCard() throws IOException {
        Path tree = Files.createDirectory(scratch.resolve("tree"));
        int files = RandomTree.create(tree, 5, 30, 60_000).files().size();
        DeviceVolume card = session.volume("/sdcard");
        CopyOptions verified = CopyOptions.DEFAULT.withVerify(true);
        try (HostVolume host = new HostVolume(scratch)) {
            assertThat(copy(host, "/tree", flash, "/tree", verified).copied()).isEqualTo(files);
            assertThat(TreeSnapshot.ofVolume(flash, path("/tree"))).isEqualTo(TreeSnapshot.ofHost(tree));

            copy(flash, "/tree", card, "/copy", verified); // device to device over one session
            copy(card, "/copy", host, "/back", verified);
            assertThat(TreeSnapshot.ofHost(scratch.resolve("back"))).isEqualTo(TreeSnapshot.ofHost(tree));
        }
        card.deleteTree(path("/copy"));
    }

    private static CopyResult copy(Volume from, String source, Volume to, String destination, CopyOptions options)
            throws IOException {
        CopyPlan plan = CopyPlan.resolve(new Endpoint(from, VolumePath.parse(source)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
        return new Copier(options, TransferProgress.NONE).copy(plan);
    }

    private void write(String path, byte[] data) throws IOException {
        write(path(path), data);
    }

    private void write(VolumePath path, byte[] data) throws IOException {
        flash.write(path, new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
    }

    private byte[] read(String path) throws IOException {
        return read(path(path));
    }

    private byte[] read(VolumePath path) throws IOException {
        try (InputStream in = flash.openRead(path)) {
            return in.readAllBytes();
        }
    }

    public static void write(DeviceVolume volume, String path, byte[] data) throws IOException {
        volume.write(path(path), new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
    }

    public static byte[] read(DeviceVolume volume, String path) throws IOException {
        try (InputStream in = volume.openRead(path(path))) {
            return in.readAllBytes();
        }
    }

    /** {@code size} seeded random bytes. */
    public static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    public static VolumePath path(String text) {
        return VolumePath.parse(text);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String text(byte[] output) {
        return new String(output, StandardCharsets.UTF_8).strip();
    }

    public static List<String> names(List<FileEntry> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.name()));
        return names;
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
