package io.flashdeck.core.fat;

import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.fat.table.FsInfoSector;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Trees written, renamed and deleted by {@link FatVolume} are clean for fsck.fat and read back by mtools. */
class FatVolumeWriteTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 4, 5, 6, 8);
    private static final FatOptions PC_NAMES = FatOptions.DEFAULT.withNameStyle(NameStyle.UNICODE).withClock(() -> NOW);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}")
    @MethodSource("io.flashdeck.core.fat.TestVolumes#layouts")
    void writesRenamesAndDeletesTreesThatFsckAndMtoolsAccept(int bits, long sizeKb, String options) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        Path expected = FatVolumeReadTest.hostTree(dir.resolve("expected"));

        try (FatVolume volume = open(image, PC_NAMES)) {
            copyIn(expected, VolumePath.ROOT, volume);
            assertThat(TreeSnapshot.ofVolume(volume)).isEqualTo(TreeSnapshot.ofHost(expected));
            changeBoth(volume, expected);
            TestVolumes.assertFatCopiesIdentical(volume.fileSystem().device(), volume.fileSystem().bootSector());
        }
        Fsck.check(image).requireClean();
        assertFsInfoMatchesFsck(image);
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(image).copyOut("::/", out);
        assertThat(TreeSnapshot.ofHost(out)).isEqualTo(TreeSnapshot.ofHost(expected));
    }

    @Test
    void storesLowerCaseEightThreeNamesWithCaseFlagsAndNoLongName() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        try (FatVolume volume = open(image, FatOptions.DEFAULT.withClock(() -> NOW))) {
            for (String name : List.of("main.py", "UPPER.TXT", "Mixed.txt", "lower.TXT")) {
                write(volume, VolumePath.of(name), TestVolumes.content(name.hashCode(), 12));
            }
        }
        Fsck.check(image).requireClean();
        List<String> lines = MTools.on(image).listRoot().requireSuccess().stdout().lines().map(String::stripTrailing).collect(Collectors.toList());
        assertThat(lines).anyMatch(line -> line.matches("main {5}py {9}12 2025-03-04 {3}5:06"));
        assertThat(lines).anyMatch(line -> line.matches("UPPER {4}TXT {8}12 2025-03-04 {3}5:06"));
        assertThat(lines).anyMatch(line -> line.matches("lower {4}TXT {8}12 2025-03-04 {3}5:06"));
        assertThat(lines).anyMatch(line -> line.matches("MIXED {4}TXT {8}12 2025-03-04 {3}5:06  Mixed.txt"));
    }

    @Test
    void storesNonAsciiNamesAsTheCameraDoes() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        String name = "données_été.csv";
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            write(volume, VolumePath.of(name), new byte[] {1, 2, 3});
            assertThat(volume.list(VolumePath.ROOT)).extracting(FileEntry::name).containsExactly(name);
        }
        Fsck.check(image).requireClean();
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(image).copyOut("::/", out);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly(DisplayNames.toLongName(name, NameStyle.CAMERA));
        }
    }

    @Test
    void recordsTheGivenModificationTimeAndTheClockOtherwise() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1");
        LocalDateTime given = LocalDateTime.of(2001, 2, 3, 4, 5, 6);
        try (FatVolume volume = open(image, PC_NAMES)) {
            volume.write(VolumePath.of("given.txt"), new ByteArrayInputStream(new byte[5]), 5,
                    WriteOptions.DEFAULT.withModified(given));
            write(volume, VolumePath.of("now.txt"), new byte[5]);
            volume.mkdir(VolumePath.of("made"));

            assertThat(volume.stat(VolumePath.of("given.txt")).modified()).isEqualTo(given);
            assertThat(volume.stat(VolumePath.of("now.txt")).modified()).isEqualTo(NOW);
            assertThat(volume.stat(VolumePath.of("made")).modified()).isEqualTo(NOW);
        }
        Fsck.check(image).requireClean();
    }

    /** Copies a host tree into the volume. */
    static void copyIn(Path host, VolumePath target, Volume volume) throws IOException {
        try (Stream<Path> children = Files.list(host)) {
            for (Path child : children.sorted().collect(Collectors.toList())) {
                VolumePath path = target.resolve(child.getFileName().toString());
                if (Files.isDirectory(child)) {
                    volume.mkdir(path);
                    copyIn(child, path, volume);
                } else {
                    write(volume, path, Files.readAllBytes(child));
                }
            }
        }
    }

    static void write(Volume volume, VolumePath path, byte[] content) throws IOException {
        volume.write(path, new ByteArrayInputStream(content), content.length, WriteOptions.DEFAULT);
    }

    static FatVolume open(Path image, FatOptions options) throws IOException {
        return FatVolume.open(FileBlockDevice.open(image, false), image.getFileName().toString(), options);
    }

    /** The same renames, moves, overwrites and deletes on the volume and on the expected host tree. */
    private static void changeBoth(FatVolume volume, Path host) throws IOException {
        move(volume, host, "main.py", "renamed main.py");
        move(volume, host, "MiXeD.Py", "images/2026/moved.py");
        move(volume, host, "images/2026", "images/year 2026");
        move(volume, host, "deep/level0/level1", "level one moved up");
        move(volume, host, "UPPER.TXT", "upper.txt");
        overwrite(volume, host, "A Long File Name.jpeg", TestVolumes.content(70, 70_000));
        overwrite(volume, host, "dots.in.name.tar.gz", TestVolumes.content(71, 5));
        overwrite(volume, host, "images/Ünïcödé", new byte[0]);
        overwrite(volume, host, "empty.bin", TestVolumes.content(72, 3000));
        delete(volume, host, ".hidden");
        delete(volume, host, "empty dir");
        delete(volume, host, "level one moved up/level2/level3/level4/level5/level6/level7/bottom.txt");
        delete(volume, host, "level one moved up/level2/level3/level4/level5/level6/level7");
    }

    private static void move(FatVolume volume, Path host, String from, String to) throws IOException {
        volume.rename(VolumePath.parse(from), VolumePath.parse(to));
        Path target = host.resolve(to);
        if (Files.exists(target)) {
            // A case-only rename on a case-insensitive name: go through a temporary name.
            Files.move(host.resolve(from), host.resolve(to + ".tmp"));
            Files.move(host.resolve(to + ".tmp"), target);
        } else {
            Files.move(host.resolve(from), target);
        }
    }

    private static void overwrite(FatVolume volume, Path host, String file, byte[] content) throws IOException {
        write(volume, VolumePath.parse(file), content);
        Files.write(host.resolve(file), content);
    }

    private static void delete(FatVolume volume, Path host, String path) throws IOException {
        volume.delete(VolumePath.parse(path));
        Files.delete(host.resolve(path));
    }

    /** FSInfo's free count (FAT32) equals what fsck.fat counts. */
    static void assertFsInfoMatchesFsck(Path image) throws IOException {
        BootSector boot = TestVolumes.bootSector(image);
        if (boot.fsInfoSector().isEmpty()) {
            return;
        }
        Matcher counts = Pattern.compile("(\\d+)/(\\d+) clusters").matcher(Fsck.check(image).run().stdout());
        assertThat(counts.find()).isTrue();
        long free = Long.parseLong(counts.group(2)) - Long.parseLong(counts.group(1));
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            FsInfoSector.Contents contents = FsInfoSector.of(device, boot).orElseThrow().read();
            assertThat(contents.signaturesValid()).isTrue();
            assertThat(contents.freeCount()).isEqualTo(free);
        }
    }
}
