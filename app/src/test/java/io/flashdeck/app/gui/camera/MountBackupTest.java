package io.flashdeck.app.gui.camera;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.transfer.TransferProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mount backed up before erasing: a FAT image filled by mtools, copied to a new host folder. */
class MountBackupTest {

    @TempDir
    Path dir;

    @Test
    void copiesEveryFileIntoANewFolder() throws Exception {
        Path image = dir.resolve("flash.img");
        FatImages.mkfs(image, 12, 2048);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        RandomTree.create(tree, 7, 20, 30_000);
        try (var children = Files.list(tree)) {
            MTools.on(image).copyIn("::/", children.toArray(Path[]::new));
        }
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Files.createDirectories(backups.resolve("flash backup " + LocalDate.now()));

        Path made;
        try (FatVolume volume = DiskImage.openVolume(image, null, FatOptions.DEFAULT.withReadOnly(true))) {
            made = MountBackup.copy(volume, "flash", backups, TransferProgress.NONE);
        }

        assertThat(made.getFileName().toString()).isEqualTo("flash backup " + LocalDate.now() + " (2)");
        assertThat(TreeSnapshot.ofHost(made)).isEqualTo(TreeSnapshot.ofHost(tree)).isNotEmpty();
    }

    @Test
    void freeNamesCountOnFromTwo() throws Exception {
        assertThat(MountBackup.freeName(dir, "flash")).isEqualTo("flash");
        Files.createDirectories(dir.resolve("flash"));
        Files.createDirectories(dir.resolve("flash (2)"));
        assertThat(MountBackup.freeName(dir, "flash")).isEqualTo("flash (3)");
    }
}
