package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.testing.BatchingVolume;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A camera's directories are listed once each, and the listings answer like the volume would. */
class TargetListingsTest {

    @TempDir
    Path dir;
    private FatVolume fat;
    private BatchingVolume camera;
    private TargetListings listings;

    @BeforeEach
    void openCamera() throws IOException {
        fat = DiskImage.openVolume(FatImages.mkfs(dir.resolve("cam.img"), 12, 4096), null, FatOptions.DEFAULT);
        fat.mkdir(VolumePath.of("d"));
        for (String name : new String[] {"a.txt", "Long file name.txt", "readme.txt"}) {
            write(fat, VolumePath.of("d", name), name);
        }
        camera = new BatchingVolume(fat, 8);
        listings = new TargetListings(camera);
    }

    @AfterEach
    void closeCamera() throws IOException {
        fat.close();
    }

    private static void write(Volume volume, VolumePath path, String content) throws IOException {
        byte[] bytes = content.getBytes();
        volume.write(path, new ByteArrayInputStream(bytes), bytes.length, WriteOptions.DEFAULT);
    }

    private Optional<FileEntry> find(String path) throws IOException {
        return listings.find(VolumePath.parse(path));
    }

    @Test
    void eachDirectoryIsListedOnceAndNoFileIsLookedUpOnItsOwn() throws IOException {
        assertThat(find("/d/a.txt")).get().extracting(FileEntry::size).isEqualTo(5L);
        assertThat(find("/d/b.txt")).isEmpty();
        assertThat(find("/d/Long file name.txt")).isPresent();
        assertThat(find("/d")).get().extracting(FileEntry::isDirectory).isEqualTo(true);
        assertThat(find("/")).get().extracting(FileEntry::isDirectory).isEqualTo(true);
        assertThat(camera.calls()).containsExactly("list /d", "list /", "find /");
    }

    @Test
    void aMissingDirectoryHoldsNothingAndIsListedAgainOnceMade() throws IOException {
        assertThat(find("/new/a.txt")).isEmpty();
        fat.mkdir(VolumePath.of("new"));
        write(fat, VolumePath.of("new", "a.txt"), "a");
        assertThat(find("/new/a.txt")).isPresent();
        assertThat(camera.calls()).containsExactly("list /new", "list /new");
    }

    @Test
    void aDirectoryTheCopyMadeIsKnownEmptyAndWhatItWritesIsSeen() throws IOException {
        assertThat(find("/d/b.txt")).isEmpty();
        write(fat, VolumePath.of("d", "b.txt"), "b");
        listings.added(new FileEntry(VolumePath.of("d", "b.txt"), EntryType.FILE, 1, null));
        fat.mkdir(VolumePath.of("made"));
        listings.added(new FileEntry(VolumePath.of("made"), EntryType.DIRECTORY, 0, null));
        assertThat(find("/made/x")).isEmpty();
        listings.added(new FileEntry(VolumePath.of("made", "x"), EntryType.FILE, 3, null));

        assertThat(find("/made/x")).get().extracting(FileEntry::size).isEqualTo(3L);
        assertThat(find("/d/b.txt")).get().extracting(FileEntry::size).isEqualTo(1L);
        assertThat(camera.calls()).containsExactly("list /d");
    }

    @Test
    void namesListedInAnotherCaseOrThatMayBeAliasesAreLeftToTheVolume() throws IOException {
        assertThat(find("/d/A.TXT")).get().extracting(FileEntry::name).isEqualTo("a.txt");
        assertThat(find("/d/LONGFI~1.TXT")).get().extracting(FileEntry::name).isEqualTo("Long file name.txt");
        assertThat(find("/d/NOALIA~1.TXT")).isEmpty();
        assertThat(camera.calls()).containsExactly("list /d", "find /d/A.TXT", "find /d/LONGFI~1.TXT",
                "find /d/NOALIA~1.TXT");
    }

    @Test
    void aVolumeThatTellsCaseApartSaysSoItself() throws IOException {
        Path root = Files.createDirectory(dir.resolve("host"));
        Files.writeString(root.resolve("a.txt"), "a");
        BatchingVolume host = new BatchingVolume(new HostVolume(root), 8);
        TargetListings hostListings = new TargetListings(host);
        assertThat(hostListings.find(VolumePath.parse("/A.TXT"))).isEmpty();
        assertThat(hostListings.find(VolumePath.parse("/a.txt"))).isPresent();
        assertThat(host.calls()).containsExactly("list /", "find /A.TXT");
    }
}
