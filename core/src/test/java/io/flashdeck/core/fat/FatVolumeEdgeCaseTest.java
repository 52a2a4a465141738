package io.flashdeck.core.fat;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.table.ChainCursor;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.Located;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.flashdeck.core.fat.FatVolumeWriteTest.open;
import static io.flashdeck.core.fat.FatVolumeWriteTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Sizes at the edges, full volumes, bad names, bad requests and damaged chains. */
class FatVolumeEdgeCaseTest {

    @TempDir
    Path dir;

    @Test
    void givesEmptyFilesNoClusterAndExactClustersOneEach() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000, "-s", "4");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            int cluster = volume.fileSystem().clusters().clusterBytes();
            long free = volume.space().freeBytes();
            write(volume, VolumePath.of("empty"), new byte[0]);
            write(volume, VolumePath.of("one"), TestVolumes.content(1, cluster));
            write(volume, VolumePath.of("two"), TestVolumes.content(2, cluster + 1));

            assertThat(clusters(volume, "empty")).isZero();
            assertThat(volume.fileSystem().resolver().locate(VolumePath.of("empty")).record().entry().firstCluster()).isZero();
            assertThat(clusters(volume, "one")).isEqualTo(1);
            assertThat(clusters(volume, "two")).isEqualTo(2);
            assertThat(volume.space().freeBytes()).isEqualTo(free - 3L * cluster);

            write(volume, VolumePath.of("one"), new byte[0]);
            assertThat(clusters(volume, "one")).isZero();
            assertThat(volume.space().freeBytes()).isEqualTo(free - 2L * cluster);
        }
        Fsck.check(image).requireClean();
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(image).copyOut("::/", out);
        assertThat(out.resolve("empty")).isEmptyFile();
        assertThat(out.resolve("two")).hasBinaryContent(TestVolumes.content(2, 2049));
    }

    @Test
    void fillsTheVolumeExactlyAndRefusesMoreWithoutLeavingAnything() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 1440, "-s", "1");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            long free = volume.space().freeBytes();
            write(volume, VolumePath.of("half.bin"), TestVolumes.content(1, (int) free / 2));
            Map<String, String> before = TreeSnapshot.ofVolume(volume);
            long left = volume.space().freeBytes();

            assertThatThrownBy(() -> write(volume, VolumePath.of("big.bin"), new byte[(int) left + 1]))
                    .isInstanceOf(VolumeFullException.class)
                    .hasMessage("not enough space on v.img: need " + (left + 512) + " bytes, " + left + " free");
            assertThatThrownBy(() -> write(volume, VolumePath.of("half.bin"), new byte[(int) left + 1]))
                    .isInstanceOf(VolumeFullException.class);
            assertThat(TreeSnapshot.ofVolume(volume)).isEqualTo(before);
            assertThat(volume.space().freeBytes()).isEqualTo(left);

            write(volume, VolumePath.of("rest.bin"), TestVolumes.content(2, (int) left));
            assertThat(volume.space().freeBytes()).isZero();
            assertThatThrownBy(() -> volume.mkdir(VolumePath.of("no room"))).isInstanceOf(VolumeFullException.class);
        }
        Fsck.check(image).requireClean();
    }

    @Test
    void leavesNothingBehindWhenTheContentEndsEarly() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            write(volume, VolumePath.of("kept.txt"), TestVolumes.content(1, 3000));
            long free = volume.space().freeBytes();
            InputStream shortStream = new ByteArrayInputStream(new byte[5000]);

            assertThatThrownBy(() -> volume.write(VolumePath.of("new.txt"), shortStream, 9000,
                    WriteOptions.DEFAULT)).hasMessageContaining("ended after 5000 of 9000 bytes");
            assertThatThrownBy(() -> volume.write(VolumePath.of("kept.txt"), new ByteArrayInputStream(new byte[10]), 9000,
                    WriteOptions.DEFAULT)).hasMessageContaining("ended after 10 of 9000 bytes");

            assertThat(volume.list(VolumePath.ROOT)).extracting(FileEntry::name).containsExactly("kept.txt");
            assertThat(volume.openRead(VolumePath.of("kept.txt")).readAllBytes()).isEqualTo(TestVolumes.content(1, 3000));
            assertThat(volume.space().freeBytes()).isEqualTo(free);
        }
        Fsck.check(image).requireClean();
        FatVolumeWriteTest.assertFsInfoMatchesFsck(image);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "a*b.txt       | '*' is not allowed",
            "what?         | '?' is not allowed",
            "tab\there     | control character U+0009 is not allowed",
            "trailing.     | a name may not end in a dot",
            "'trailing '   | a name may not end in a space",
            "back\\slash   | '\\' is not allowed",
    })
    void refusesNamesFatCannotStore(String name, String reason) throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            String unescaped = name.replace("\\t", "\t");
            assertThatThrownBy(() -> write(volume, VolumePath.of(unescaped), new byte[1]))
                    .isInstanceOf(FileSystemException.class)
                    .hasMessageContaining(reason);
            assertThatThrownBy(() -> volume.mkdir(VolumePath.of(unescaped))).hasMessageContaining(reason);
            assertThat(volume.list(VolumePath.ROOT)).isEmpty();
        }
    }

    @Test
    void refusesANameLongerThanFatAllows() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            write(volume, VolumePath.of("n".repeat(255)), new byte[1]);
            assertThatThrownBy(() -> write(volume, VolumePath.of("n".repeat(256)), new byte[1]))
                    .hasMessageContaining("256 characters long as stored, at most 255 fit");
            assertThatThrownBy(() -> volume.mkdir(VolumePath.of("é".repeat(128))))
                    .hasMessageContaining("256 characters long as stored");
        }
        Fsck.check(image).requireClean();
    }

    @Test
    void answersBadRequestsWithTheFileSystemExceptions() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            volume.mkdir(VolumePath.of("dir"));
            volume.mkdir(VolumePath.of("dir", "sub"));
            write(volume, VolumePath.of("dir", "file.txt"), new byte[3]);

            assertThatThrownBy(() -> volume.delete(VolumePath.of("dir"))).isInstanceOf(DirectoryNotEmptyException.class);
            assertThatThrownBy(() -> volume.rename(VolumePath.of("dir"), VolumePath.of("dir", "sub", "dir")))
                    .isInstanceOf(FileSystemException.class).hasMessageContaining("cannot move into itself");
            assertThatThrownBy(() -> volume.rename(VolumePath.of("dir"), VolumePath.of("DIR", "SUB", "dir")))
                    .isInstanceOf(FileSystemException.class).hasMessageContaining("cannot move into itself");
            assertThatThrownBy(() -> volume.rename(VolumePath.of("dir", "sub"), VolumePath.of("DIR", "FILE.TXT")))
                    .isInstanceOf(FileAlreadyExistsException.class);
            assertThatThrownBy(() -> volume.mkdir(VolumePath.of("Dir"))).isInstanceOf(FileAlreadyExistsException.class);
            assertThatThrownBy(() -> write(volume, VolumePath.of("dir", "sub"), new byte[1]))
                    .isInstanceOf(FileSystemException.class).hasMessageContaining("is a directory");
            assertThatThrownBy(() -> volume.openRead(VolumePath.of("dir"))).hasMessageContaining("is a directory");
            assertThatThrownBy(() -> volume.stat(VolumePath.of("missing"))).isInstanceOf(NoSuchFileException.class);
            assertThatThrownBy(() -> write(volume, VolumePath.of("missing", "x"), new byte[1]))
                    .isInstanceOf(NoSuchFileException.class).hasMessage("/missing");
            assertThatThrownBy(() -> volume.list(VolumePath.of("dir", "file.txt"))).isInstanceOf(NotDirectoryException.class);
            assertThatThrownBy(() -> volume.delete(VolumePath.ROOT)).hasMessageContaining("root directory cannot be deleted");
            assertThat(volume.find(VolumePath.of("DIR", "SUB"))).isPresent();
        }
        Fsck.check(image).requireClean();
    }

    @Test
    void findsNamesIgnoringCaseAndByTheirShortForm() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            write(volume, VolumePath.of("A Long File Name.jpeg"), new byte[] {1});
            write(volume, VolumePath.of("a long file NAME.JPEG"), new byte[] {2, 2});
            write(volume, VolumePath.of("Hello.TXT"), new byte[] {3});

            assertThat(volume.list(VolumePath.ROOT)).extracting(FileEntry::name, FileEntry::size)
                    .containsExactly(tuple("A Long File Name.jpeg", 2L),
                            tuple("Hello.TXT", 1L));
            assertThat(volume.stat(VolumePath.of("ALONGF~1.JPE")).size()).isEqualTo(2);
            assertThat(volume.stat(VolumePath.of("hello.txt")).name()).isEqualTo("Hello.TXT");
        }
    }

    @Test
    void givesManySimilarLongNamesDistinctShortNames() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            for (int i = 0; i < 40; i++) {
                write(volume, VolumePath.of("Camera Picture " + i + ".jpeg"), TestVolumes.content(i, 100));
            }
        }
        Fsck.check(image).requireClean();
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(image).copyOut("::/", out);
        for (int i = 0; i < 40; i++) {
            assertThat(out.resolve("Camera Picture " + i + ".jpeg")).hasBinaryContent(TestVolumes.content(i, 100));
        }
    }

    @Test
    void changesNothingWhenOpenedReadOnly() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1");
        MTools.on(image).copyIn("::/", TestVolumes.hostFile(dir, "a.txt", new byte[100]));
        byte[] before = Files.readAllBytes(image);
        try (FatVolume volume = FatVolume.open(FileBlockDevice.open(image, false), "v.img", FatOptions.DEFAULT.withReadOnly(true))) {
            assertThat(volume.isReadOnly()).isTrue();
            assertThatThrownBy(() -> write(volume, VolumePath.of("b.txt"), new byte[1]))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> volume.mkdir(VolumePath.of("d"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> volume.delete(VolumePath.of("a.txt"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> volume.rename(VolumePath.of("a.txt"), VolumePath.of("c.txt")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> volume.setLabel("X")).isInstanceOf(AccessDeniedException.class);
            volume.space();
            volume.flush();
        }
        assertThat(Files.readAllBytes(image)).isEqualTo(before);
    }

    @Test
    void reportsLoopsAndBrokenChainsInsteadOfHanging() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000, "-s", "1");
        MTools volumeTools = MTools.on(image);
        volumeTools.copyIn("::/", TestVolumes.hostFile(dir, "file.bin", TestVolumes.content(1, 10 * 512)));
        volumeTools.mkdir("::/dir");
        for (int i = 0; i < 40; i++) {
            volumeTools.copyIn("::/dir/", TestVolumes.hostFile(dir, "f" + i, new byte[1]));
        }
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            FatFileSystem fs = volume.fileSystem();
            long fileStart = firstCluster(volume, "file.bin");
            long dirStart = firstCluster(volume, "dir");
            fs.fat().set(fileStart + 2, fileStart);
            fs.fat().set(fs.fat().get(dirStart), dirStart);
            fs.sync();

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThatThrownBy(() -> volume.openRead(VolumePath.of("file.bin")).readAllBytes())
                        .isInstanceOf(CorruptVolumeException.class).hasMessageContaining("loops");
                assertThatThrownBy(() -> volume.delete(VolumePath.of("file.bin")))
                        .isInstanceOf(CorruptVolumeException.class).hasMessageContaining("loops");
                assertThatThrownBy(() -> volume.list(VolumePath.of("dir")))
                        .isInstanceOf(CorruptVolumeException.class).hasMessageContaining("loops");
            });
            assertThat(volume.find(VolumePath.of("file.bin"))).isPresent();

            fs.fat().set(fileStart, 0);
            assertThatThrownBy(() -> volume.openRead(VolumePath.of("file.bin")).readAllBytes())
                    .isInstanceOf(CorruptVolumeException.class).hasMessageContaining("is marked free");
        }
    }

    @Test
    void readsANewDirectoryFreshWhenItReusesTheClusterOfADeletedOne() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 1440, "-s", "1");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            write(volume, VolumePath.of("filler"), new byte[(int) volume.space().freeBytes() - 2 * 512]);
            volume.mkdir(VolumePath.of("a"));
            volume.mkdir(VolumePath.of("a", "old"));
            long oldCluster = volume.fileSystem().resolver().directory(VolumePath.of("a", "old")).location().firstCluster();
            volume.delete(VolumePath.of("a", "old"));

            volume.mkdir(VolumePath.of("new"));
            Directory fresh = volume.fileSystem().resolver().directory(VolumePath.of("new"));
            assertThat(fresh.location().firstCluster()).isEqualTo(oldCluster);
            assertThat(fresh.dotDot().orElseThrow().entry().firstCluster()).isZero();
        }
        Fsck.check(image).requireClean();
    }

    @Test
    void closesTheDeviceWhenTheVolumeCannotBeOpened() throws IOException {
        Path image = Files.write(dir.resolve("zeros.img"), new byte[64 * 1024]);
        FileBlockDevice device = FileBlockDevice.open(image, true);

        assertThatThrownBy(() -> FatVolume.open(device, "zeros.img", FatOptions.DEFAULT))
                .isInstanceOf(CorruptVolumeException.class)
                .hasMessage("boot sector: signature at offset 510 is 0x0000, expected 0xAA55");
        assertThatThrownBy(() -> device.read(0, 1)).isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void refusesASubdirectoryWithoutACluster() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        MTools.on(image).mkdir("::/sub");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            Located sub = volume.fileSystem().resolver().locate(VolumePath.of("sub"));
            sub.record().entry().setFirstCluster(0);
            sub.parent().update(sub.record(), sub.record().entry());

            assertThatThrownBy(() -> volume.list(VolumePath.of("sub")))
                    .isInstanceOf(CorruptVolumeException.class)
                    .hasMessageStartingWith("directory \"/sub\" starts at cluster 0, outside the volume");
        }
    }

    private static long clusters(FatVolume volume, String name) throws IOException {
        return ChainCursor.length(volume.fileSystem().fat(), firstCluster(volume, name));
    }

    private static long firstCluster(FatVolume volume, String name) throws IOException {
        Located located = volume.fileSystem().resolver().locate(VolumePath.of(name));
        return volume.fileSystem().directories().firstCluster(located.record().entry());
    }
}
