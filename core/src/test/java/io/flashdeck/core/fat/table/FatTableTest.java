package io.flashdeck.core.fat.table;

import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.TestVolumes;
import io.flashdeck.core.fat.data.ChainInputStream;
import io.flashdeck.core.fat.data.ChainWriter;
import io.flashdeck.core.fat.data.ClusterIo;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FatTableTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}")
    @MethodSource("io.flashdeck.core.fat.TestVolumes#layouts")
    void walksAndReadsTheFragmentedChainsMtoolsWrote(int bits, long sizeKb, String options) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            contents.add(TestVolumes.content(i, 700 + 1900 * i));
            MTools.on(image).copyIn("::/F" + i, TestVolumes.hostFile(dir, "f" + i, contents.get(i)));
        }
        for (int i = 0; i < 8; i += 2) {
            MTools.on(image).delete("::/F" + i);
        }
        if (bits == 32) {
            forgetAllocationHint(image);
        }
        byte[] big = TestVolumes.content(99, 300_000);
        MTools.on(image).copyIn("::/BIG", TestVolumes.hostFile(dir, "big", big));

        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            BootSector boot = TestVolumes.bootSector(image);
            FatTable fat = new FatTable(device, boot);
            ClusterIo clusters = new ClusterIo(device, boot.layout());
            assertThat(readBack(image, fat, clusters, "::/BIG", big.length)).isEqualTo(big);
            assertThat(runs(image, "::/BIG")).hasSizeGreaterThan(1);
            for (int i = 1; i < 8; i += 2) {
                assertThat(readBack(image, fat, clusters, "::/F" + i, contents.get(i).length)).isEqualTo(contents.get(i));
            }
        }
    }

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}")
    @MethodSource("io.flashdeck.core.fat.TestVolumes#layouts")
    void replacesAChainSoThatFsckAndMtoolsAgree(int bits, long sizeKb, String options) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        MTools.on(image).copyIn("::/PAD", TestVolumes.hostFile(dir, "pad", TestVolumes.content(1, 5000)));
        MTools.on(image).copyIn("::/DATA.BIN", TestVolumes.hostFile(dir, "old", TestVolumes.content(2, 90_000)));
        MTools.on(image).delete("::/PAD");
        byte[] replacement = TestVolumes.content(3, 250_000);

        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            BootSector boot = TestVolumes.bootSector(image);
            FatTable fat = new FatTable(device, boot);
            ClusterAllocator allocator = new ClusterAllocator(fat, FsInfoSector.of(device, boot));
            ClusterIo clusters = new ClusterIo(device, boot.layout());
            long freeBefore = allocator.freeClusters();
            long first = new ChainWriter(allocator, clusters)
                    .write(new ByteArrayInputStream(replacement), replacement.length, bytes -> { });
            fat.flush();
            long oldFirst = RawEntry.replace(device, boot, "DATA    BIN", first, replacement.length);
            allocator.free(oldFirst);
            allocator.sync();

            assertThat(allocator.freeClusters()).isEqualTo(freeBefore - 250_000 / clusters.clusterBytes() - 1
                    + (90_000 + clusters.clusterBytes() - 1) / clusters.clusterBytes());
            TestVolumes.assertFatCopiesIdentical(device, boot);
        }
        Fsck.check(image).requireClean();
        Path out = dir.resolve("out");
        MTools.on(image).copyOut("::/DATA.BIN", out);
        assertThat(out).hasBinaryContent(replacement);
    }

    @Test
    void givesBackEveryClusterWhenTheStreamEndsEarly() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            BootSector boot = TestVolumes.bootSector(image);
            FatTable fat = new FatTable(device, boot);
            ClusterAllocator allocator = new ClusterAllocator(fat, FsInfoSector.of(device, boot));
            long freeBefore = allocator.freeClusters();
            ChainWriter writer =
                    new ChainWriter(allocator, new ClusterIo(device, boot.layout()));

            assertThatThrownBy(() -> writer.write(new ByteArrayInputStream(new byte[10_000]), 20_000, b -> { }))
                    .isInstanceOf(EOFException.class)
                    .hasMessage("the content ended after 10000 of 20000 bytes");
            allocator.sync();
            assertThat(allocator.freeClusters()).isEqualTo(freeBefore);
        }
        Fsck.check(image).requireClean();
    }

    @ParameterizedTest(name = "cluster {0} of 6 links back to cluster {1}")
    @CsvSource({"5, 0", "5, 3", "2, 2", "0, 0"})
    void stopsAtALoopInsteadOfHanging(int from, int to) throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000, "-s", "1");
        MTools.on(image).copyIn("::/LOOP", TestVolumes.hostFile(dir, "loop", TestVolumes.content(4, 6 * 512)));
        long first = runs(image, "::/LOOP").get(0)[0];
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FatTable fat = new FatTable(device, TestVolumes.bootSector(image));
            fat.set(first + from, first + to);

            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> ChainCursor.length(fat, first))
                            .isInstanceOf(CorruptVolumeException.class)
                            .hasMessageContaining("of the chain starting at " + first)
                            .hasMessageEndingWith("(the chain loops)"));
        }
    }

    @Test
    void refusesLinksOutOfTheVolumeAndIntoFreeClusters() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 1440);
        MTools.on(image).copyIn("::/LINK", TestVolumes.hostFile(dir, "link", TestVolumes.content(5, 3 * 512)));
        long first = runs(image, "::/LINK").get(0)[0];
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            FatTable fat = new FatTable(device, TestVolumes.bootSector(image));
            fat.set(first, 4000);
            assertThatThrownBy(() -> ChainCursor.length(fat, first))
                    .isInstanceOf(CorruptVolumeException.class)
                    .hasMessage("cluster " + first + " of the chain starting at " + first
                            + " links to 4000, outside the volume (clusters 2 to " + fat.lastCluster() + ")");
            fat.set(first, first + 100);
            assertThatThrownBy(() -> ChainCursor.length(fat, first))
                    .hasMessageContaining("cluster " + (first + 100) + " of the chain starting at " + first + " is marked free");
            assertThatThrownBy(() -> new ChainCursor(fat, 1))
                    .isInstanceOf(CorruptVolumeException.class)
                    .hasMessageContaining("starts at cluster 1");
        }
    }

    @Test
    void keepsTheReservedUpperBitsOfFat32Entries() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1", "-f", "2");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            BootSector boot = TestVolumes.bootSector(image);
            long entryOffset = boot.layout().fatOffset(1) + 100 * 4;
            device.write(entryOffset, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0xA0000000));
            FatTable fat = new FatTable(device, boot);

            fat.set(100, 0x0FFFFFFF);
            fat.flush();

            assertThat(fat.get(1, 100)).isEqualTo(0x0FFFFFFFL);
            assertThat(ByteBuffer.wrap(device.read(entryOffset, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt())
                    .isEqualTo(0xAFFFFFFF);
            assertThat(ByteBuffer.wrap(device.read(boot.layout().fatOffset(0) + 400, 4)).order(ByteOrder.LITTLE_ENDIAN)
                    .getInt()).isEqualTo(0x0FFFFFFF);
        }
    }

    @Test
    void saysHowMuchIsMissingWhenTheVolumeIsFull() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 1440, "-s", "1");
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            BootSector boot = TestVolumes.bootSector(image);
            ClusterAllocator allocator = new ClusterAllocator(new FatTable(device, boot), FsInfoSector.of(device, boot));

            assertThatThrownBy(() -> allocator.require(5000, 512, "flash.img"))
                    .isInstanceOf(VolumeFullException.class)
                    .hasMessage("not enough space on flash.img: need 2560000 bytes, "
                            + boot.clusterCount() * 512 + " free");
        }
    }

    private static byte[] readBack(Path image, FatTable fat, ClusterIo clusters, String file, int size)
            throws IOException {
        List<long[]> expected = runs(image, file);
        long first = expected.get(0)[0];
        // Reading less of the table ahead than the chain is long (a file's size said less) changes
        // how often the table is read, never the runs.
        for (ChainCursor cursor : List.of(new ChainCursor(fat, first), new ChainCursor(fat, first, 1),
                new ChainCursor(fat, first, 3))) {
            for (long[] run : expected) {
                assertThat(cursor.nextRun()).isEqualTo(new ClusterRun(run[0], run[1] - run[0] + 1));
            }
            assertThat(cursor.nextRun()).isNull();
        }
        try (ChainInputStream in = new ChainInputStream(fat, clusters, expected.get(0)[0], size, file)) {
            return in.readAllBytes();
        }
    }

    /** Makes mtools search for free clusters from the start, so the big file fills the holes. */
    private static void forgetAllocationHint(Path image) throws IOException {
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            device.write(512 + 492, ByteBuffer.wrap(new byte[] {-1, -1, -1, -1}));
        }
    }

    private static List<long[]> runs(Path image, String file) throws IOException {
        return MTools.on(image).clusters(file);
    }
}
