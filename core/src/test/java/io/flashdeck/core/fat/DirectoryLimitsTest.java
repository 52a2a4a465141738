package io.flashdeck.core.fat;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.tree.DirectoryImage;
import io.flashdeck.core.fat.tree.DirectoryStore;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.flashdeck.core.fat.FatVolumeWriteTest.open;
import static io.flashdeck.core.fat.FatVolumeWriteTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixed root of FAT12/16, directories that grow cluster by cluster, and FAT's 65536-entry limit. */
class DirectoryLimitsTest {

    @TempDir
    Path dir;

    @Test
    void refusesEntriesTheFixedRootCannotHoldBeforeWritingData() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 20000, "-r", "32");
        int rootEntries = TestVolumes.bootSector(image).rootEntryCount();
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            for (int i = 0; i < rootEntries - 2; i++) {
                write(volume, VolumePath.of("F" + i + ".TXT"), new byte[600]);
            }
            long free = volume.space().freeBytes();
            assertThatThrownBy(() -> write(volume, VolumePath.of("A Long Name.txt"), new byte[600]))
                    .isInstanceOf(VolumeFullException.class)
                    .hasMessage("the root directory is full: FAT16 keeps it in a fixed area of " + rootEntries + " entries");
            assertThatThrownBy(() -> volume.mkdir(VolumePath.of("Another Directory")))
                    .isInstanceOf(VolumeFullException.class);
            assertThat(volume.space().freeBytes()).isEqualTo(free);

            write(volume, VolumePath.of("LAST1.TXT"), new byte[600]);
            write(volume, VolumePath.of("LAST2.TXT"), new byte[600]);
            assertThatThrownBy(() -> write(volume, VolumePath.of("MORE.TXT"), new byte[1]))
                    .hasMessageContaining("root directory is full");
            volume.delete(VolumePath.of("F3.TXT"));
            write(volume, VolumePath.of("NEW.TXT"), new byte[1]);
            assertThat(volume.list(VolumePath.ROOT)).hasSize(rootEntries);
        }
        Fsck.check(image).requireClean();
    }

    @Test
    void growsDirectoriesByZeroedClusters() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1");
        Path expected = dir.resolve("expected");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            volume.mkdir(VolumePath.of("photos"));
            for (int i = 0; i < 120; i++) {
                String name = "Holiday Picture Number " + i + ".jpeg";
                byte[] content = TestVolumes.content(i, i * 7);
                write(volume, VolumePath.of("photos", name), content);
                write(volume, VolumePath.of(name), content);
                TestVolumes.hostFile(expected, "photos/" + name, content);
                TestVolumes.hostFile(expected, name, content);
            }
            assertThat(volume.fileSystem().resolver().directory(VolumePath.of("photos")).image().clusters()).hasSizeGreaterThan(20);
        }
        Fsck.check(image).requireClean();
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(image).copyOut("::/", out);
        assertThat(TreeSnapshot.ofHost(out)).isEqualTo(TreeSnapshot.ofHost(expected));
    }

    @Test
    void holdsAtMost65536EntriesInOneDirectory() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 65536, "-s", "64");
        VolumePath big = VolumePath.of("big");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            volume.mkdir(big);
            fillToTheLimit(volume.fileSystem(), big);

            assertThat(volume.list(big)).hasSize(DirectoryStore.MAX_SLOTS - 2);
            assertThatThrownBy(() -> write(volume, big.resolve("one more"), new byte[1]))
                    .isInstanceOf(VolumeFullException.class)
                    .hasMessage("the directory is full: FAT allows at most 65536 entries in one directory");
            volume.delete(big.resolve("F0000100"));
            write(volume, big.resolve("LAST"), new byte[1]);
            assertThat(volume.stat(big.resolve("last")).size()).isEqualTo(1);
        }
        Fsck.check(image).requireClean();
    }

    @Test
    void refusesToReadADirectoryLongerThanFatAllows() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 65536, "-s", "64");
        VolumePath big = VolumePath.of("big");
        try (FatVolume volume = open(image, FatOptions.DEFAULT)) {
            volume.mkdir(big);
            DirectoryImage full = fillToTheLimit(volume.fileSystem(), big);
            long[] chain = full.clusters();
            long extra = volume.fileSystem().allocator().allocate(1).first();
            volume.fileSystem().allocator().link(chain[chain.length - 1], extra);
            volume.fileSystem().sync();
            volume.fileSystem().directories().forgetAll();

            assertThatThrownBy(() -> volume.list(big))
                    .isInstanceOf(CorruptVolumeException.class)
                    .hasMessage("directory /big: the directory at cluster " + chain[0]
                            + " is longer than 65536 entries (2 MiB), the most FAT allows");
        }
    }

    /** Grows {@code path} to 2 MiB and fills every slot after the dot entries with an empty file. */
    private static DirectoryImage fillToTheLimit(FatFileSystem fs, VolumePath path) throws IOException {
        DirectoryStore store = fs.directories();
        DirectoryImage image = fs.resolver().directory(path).image();
        while (image.slotCount() < DirectoryStore.MAX_SLOTS) {
            image = store.grow(image);
        }
        for (int slot = 2; slot < image.slotCount(); slot++) {
            DirEntry entry = new DirEntry(ShortName.of(String.format("F%07d   ", slot)), DirEntry.ATTR_ARCHIVE);
            entry.encode(image.bytes(), slot * DirEntry.SIZE);
        }
        store.writeSlots(image, 0, image.slotCount());
        fs.sync();
        return image;
    }
}
