package io.flashdeck.core.fat;

import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Volumes made and filled by mkfs.fat and mtools read back exactly through {@link FatVolume}. */
class FatVolumeReadTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}")
    @MethodSource("io.flashdeck.core.fat.TestVolumes#layouts")
    void readsTreesMtoolsWrote(int bits, long sizeKb, String options) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        Path host = hostTree(dir.resolve("host"));
        MTools.on(image).copyIn("::/", Files.list(host).sorted().toArray(Path[]::new));
        fragmentAndDelete(image, host);

        try (FatVolume volume = open(image)) {
            Map<String, String> read = TreeSnapshot.ofVolume(volume);
            assertThat(read).isEqualTo(TreeSnapshot.ofHost(host));
            assertThat(volume.space().fileSystem()).isEqualTo("FAT" + bits);
        }
    }

    @Test
    void showsEntriesAsTheyAreStored() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        Path host = dir.resolve("host");
        Files.createDirectories(host.resolve("Sub Dir"));
        TestVolumes.hostFile(host, "main.py", TestVolumes.content(1, 100));
        TestVolumes.hostFile(host, "README.TXT", TestVolumes.content(2, 0));
        Files.setLastModifiedTime(host.resolve("main.py"),
                FileTime.from(LocalDateTime.of(2024, 5, 6, 7, 8, 10)
                        .atZone(ZoneId.systemDefault()).toInstant()));
        MTools.on(image).copyIn("::/", host.resolve("Sub Dir"), host.resolve("main.py"), host.resolve("README.TXT"));

        try (FatVolume volume = open(image)) {
            assertThat(volume.list(VolumePath.ROOT)).extracting(FileEntry::name, FileEntry::type, FileEntry::size)
                    .containsExactly(
                            tuple("Sub Dir", EntryType.DIRECTORY, 0L),
                            tuple("main.py", EntryType.FILE, 100L),
                            tuple("README.TXT", EntryType.FILE, 0L));
            assertThat(volume.stat(VolumePath.of("MAIN.PY")).modified()).isEqualTo(LocalDateTime.of(2024, 5, 6, 7, 8, 10));
            assertThat(volume.stat(VolumePath.of("sub dir")).isDirectory()).isTrue();
            assertThat(volume.list(VolumePath.of("SUB DIR"))).isEmpty();
            assertThat(volume.stat(VolumePath.ROOT).isDirectory()).isTrue();
        }
    }

    /** Long, mixed-case and non-ASCII names, hidden files, a deep tree and files of awkward sizes. */
    static Path hostTree(Path host) throws IOException {
        String[] files = {
                "A Long File Name.jpeg", "MiXeD.Py", "main.py", "UPPER.TXT", "données_été.csv", "日本語.txt",
                ".hidden", "a+b=c[1];(2),{3}.txt", "dots.in.name.tar.gz", "empty.bin",
                "deep/level0/level1/level2/level3/level4/level5/level6/level7/bottom.txt",
                "images/2026/IMG_0001.jpg", "images/2026/IMG_0002.jpg", "images/Ünïcödé",
        };
        int[] sizes = {33_000, 511, 512, 513, 1, 2049, 4096, 0, 77, 0, 300, 26_000, 27_388, 9_000};
        for (int i = 0; i < files.length; i++) {
            TestVolumes.hostFile(host, files[i], TestVolumes.content(i, sizes[i]));
        }
        Files.createDirectories(host.resolve("empty dir"));
        return host;
    }

    /** Deletes every other one of some new files, then writes a file that must fill the holes. */
    private void fragmentAndDelete(Path image, Path host) throws IOException {
        for (int i = 0; i < 6; i++) {
            MTools.on(image).copyIn("::/GAP" + i, TestVolumes.hostFile(dir, "gap" + i, TestVolumes.content(50 + i, 3000)));
        }
        for (int i = 0; i < 6; i += 2) {
            MTools.on(image).delete("::/GAP" + i);
        }
        for (int i = 1; i < 6; i += 2) {
            Files.copy(dir.resolve("gap" + i), host.resolve("GAP" + i));
        }
        MTools.on(image).copyIn("::/images/frag.bin", TestVolumes.hostFile(host, "images/frag.bin", TestVolumes.content(60, 40_000)));
    }

    private static FatVolume open(Path image) throws IOException {
        return FatVolume.open(FileBlockDevice.open(image, true), image.getFileName().toString(), FatOptions.DEFAULT);
    }
}
