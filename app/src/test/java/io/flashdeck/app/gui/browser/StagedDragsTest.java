package io.flashdeck.app.gui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDragsTest {

    private static final Instant MADE = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDateTime MODIFIED = LocalDateTime.of(2026, 11, 24, 9, 7);

    @TempDir
    Path dir;

    HostVolume camera;
    HostVolume otherCamera;
    Path folder;
    final StagedDrags drags = new StagedDrags();

    @BeforeEach
    void open() throws IOException {
        camera = new HostVolume(Files.createDirectories(dir.resolve("camera")));
        otherCamera = new HostVolume(Files.createDirectories(dir.resolve("other")));
        folder = Files.createDirectories(dir.resolve("drag/1795000000000-ab"));
    }

    @AfterEach
    void close() throws IOException {
        camera.close();
        otherCamera.close();
    }

    private static FileEntry file(String path, long size) {
        return new FileEntry(VolumePath.parse(path), EntryType.FILE, size, MODIFIED);
    }

    @Test
    void theSameFilesOfTheSameVolumeGetTheFolderStagedForThemWhileTheyDownload() {
        List<FileEntry> selection = List.of(file("/a.jpg", 10), file("/b.jpg", 20));
        drags.staged(camera, selection, folder, MADE);

        assertThat(drags.folderFor(camera, List.of(file("/a.jpg", 10), file("/b.jpg", 20)), MADE.plusSeconds(5)))
                .contains(folder);
        assertThat(drags.folderFor(camera, List.of(file("/a.jpg", 10)), MADE)).as("another selection").isEmpty();
        assertThat(drags.folderFor(camera, List.of(file("/a.jpg", 11), file("/b.jpg", 20)), MADE))
                .as("a file changed since").isEmpty();
        assertThat(drags.folderFor(otherCamera, selection, MADE)).as("another volume").isEmpty();
    }

    @Test
    void aFinishedDragServesWhileItsCopiesAreThere() throws IOException {
        List<FileEntry> selection = List.of(file("/a.jpg", 10));
        drags.staged(camera, selection, folder, MADE);
        drags.finished(folder);
        Files.writeString(folder.resolve("a.jpg"), "0123456789");
        assertThat(drags.folderFor(camera, selection, MADE.plusSeconds(60))).contains(folder);

        Files.delete(folder.resolve("a.jpg"));
        assertThat(drags.folderFor(camera, selection, MADE.plusSeconds(61))).isEmpty();
        Files.writeString(folder.resolve("a.jpg"), "0123456789");
        assertThat(drags.folderFor(camera, selection, MADE.plusSeconds(62))).as("forgotten for good").isEmpty();
    }

    @Test
    void aFailedOrWithdrawnDownloadAndAnOldFolderServeNoMore() {
        List<FileEntry> selection = List.of(file("/a.jpg", 10));
        drags.staged(camera, selection, folder, MADE);
        drags.forget(folder);
        assertThat(drags.folderFor(camera, selection, MADE)).isEmpty();

        drags.staged(camera, selection, folder, MADE);
        assertThat(drags.folderFor(camera, selection, MADE.plus(StagedDrags.REUSABLE).minusSeconds(1)))
                .contains(folder);
        assertThat(drags.folderFor(camera, selection, MADE.plus(StagedDrags.REUSABLE))).isEmpty();
    }

    @Test
    void aSelectionWithAFolderIsAlwaysFetchedAnew() {
        List<FileEntry> selection = List.of(file("/a.jpg", 10),
                new FileEntry(VolumePath.parse("/DCIM"), EntryType.DIRECTORY, 0, MODIFIED));
        drags.staged(camera, selection, folder, MADE);
        assertThat(drags.folderFor(camera, selection, MADE)).isEmpty();
    }
}
