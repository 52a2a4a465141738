package io.flashdeck.app.gui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DragStagingTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void eachDragGetsAFolderOfItsOwnNamedAfterItsTime() {
        DragStaging staging = new DragStaging(dir.resolve("drag"));
        Path first = staging.newFolder(NOW);
        Path second = staging.newFolder(NOW);
        assertThat(first).isNotEqualTo(second);
        assertThat(first.getParent()).isEqualTo(dir.resolve("drag"));
        assertThat(first.getFileName().toString()).startsWith(NOW.toEpochMilli() + "-");
        assertThat(Files.exists(first)).as("made when its download starts").isFalse();
        assertThat(DragStaging.incoming(first)).isEqualTo(first.resolve(".incoming"));
    }

    @Test
    void aCompleteFolderAppearsUnderItsNameInOneMove() throws Exception {
        Path folder = new DragStaging(dir).newFolder(NOW);
        Path photos = Files.createDirectories(DragStaging.incoming(folder).resolve("DCIM/sub"));
        Files.writeString(photos.resolve("a.jpg"), "jpeg");
        assertThat(Files.exists(folder.resolve("DCIM"))).isFalse();

        DragStaging.publish(folder, "DCIM");
        assertThat(Files.readString(folder.resolve("DCIM/sub/a.jpg"))).isEqualTo("jpeg");
        assertThat(Files.exists(DragStaging.incoming(folder).resolve("DCIM"))).isFalse();
        assertThatThrownBy(() -> DragStaging.publish(folder, "missing.jpg")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void foldersOlderThanAnHourAreRemovedAndNothingElse() throws Exception {
        DragStaging staging = new DragStaging(dir.resolve("drag"));
        assertThat(staging.removeOld(NOW)).as("no drag yet").isZero();
        Path old = staging.newFolder(NOW.minus(DragStaging.KEPT).minus(Duration.ofMinutes(1)));
        Path recent = staging.newFolder(NOW.minus(Duration.ofMinutes(10)));
        Path foreign = dir.resolve("drag/notes");
        for (Path folder : new Path[] {old, recent, foreign}) {
            Files.createDirectories(DragStaging.incoming(folder).resolve("lib"));
            Files.writeString(DragStaging.incoming(folder).resolve("lib/x.py"), "X = 1\n");
            Files.writeString(folder.resolve("main.py"), "print(1)\n");
        }
        Files.createSymbolicLink(old.resolve("link"), foreign);

        assertThat(staging.removeOld(NOW)).isEqualTo(1);
        assertThat(Files.exists(old)).isFalse();
        assertThat(Files.readString(recent.resolve("main.py"))).isEqualTo("print(1)\n");
        assertThat(Files.readString(foreign.resolve(".incoming/lib/x.py"))).as("a link is removed, not followed")
                .isEqualTo("X = 1\n");
    }
}
