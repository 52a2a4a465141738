package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.SharedVolume;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.ForwardingVolume;
import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.icons.DeviceIcon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repair never rewrites an image while a copy reads from it: it is refused until the copy ends, then it works. */
class RepairWhileCopyingTest {

    @TempDir
    Path dir;

    /** A real FAT volume whose writes wait until the test lets them go, like a slow card. */
    static final class StallingWrites extends ForwardingVolume {

        final Gate gate = new Gate();

        StallingWrites(Volume delegate) {
            super(delegate);
        }

        @Override
        public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
            gate.pass();
            super.write(file, content, length, options);
        }
    }

    @Test
    void repairWaitsForTheCopyThatReadsTheImage() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("flash.img"));
        ImageDamage damage = new ImageDamage(image.file);
        damage.setFat(damage.freeCluster(2), damage.endOfChain()); // a lost cluster: repairable
        Path cardImage = dir.resolve("card.img");
        ImageFormatter.create(cardImage, 8 << 20, FormatOptions.defaults()); // empty: the copy asks nothing
        StallingWrites card = new StallingWrites(DiskImage.openVolume(cardImage, null, FatOptions.DEFAULT));
        Place slow = new Place("slow", "Slow card", DeviceIcon.SDCARD, "a card that takes its time", "card:",
                VolumePath.ROOT, new SharedVolume(() -> card));
        GuiEnvironment environment = RunningApp.environment(dir.resolve("state"),
                Files.createDirectories(dir.resolve("home")),
                () -> List.of(new ResponsivenessTest.StalledCamera(FXCollections.observableArrayList(slow))));
        try (RunningApp app = RunningApp.start(environment)) {
            app.sidebar().click("Slow card");
            app.awaitDirectory(app.left(), "slow", "/");
            app.fxRun(() -> app.window().panes().activate(app.right()));
            app.openImage(image);
            app.clickRow(app.right(), "main.py");
            app.type(KeyCode.F5);
            assertThat(card.gate.awaitReached()).as("the copy started").isTrue();

            app.imageMenu("Check…");
            app.awaitNode(".problem-kind");
            app.clickDialogButton("Repair…");
            app.await("the refusal", () -> app.robot.lookup((Node node) -> node instanceof Label label
                    && label.getText().startsWith("A copy is running.")).tryQuery().isPresent());
            assertThat(app.dialogCount()).as("no confirmation was asked").isEqualTo(1);
            app.clickDialogButton("Close");

            card.gate.open();
            app.awaitTransfers(1);
            app.imageMenu("Check…");
            app.awaitNode(".problem-kind");
            app.clickDialogButton("Repair…");
            app.await("the repair confirmation", () -> app.dialogCount() == 2);
            app.clickDialogButton("Repair");
            app.await("the repair's result", () -> app.robot.lookup(".check-clean").tryQuery().isPresent());
            app.clickDialogButton("Close");
        }
        Fsck.assertClean(image.file);
    }
}
