package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.app.gui.places.SharedVolume;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.testing.ForwardingVolume;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.icons.DeviceIcon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A medium that stops answering never freezes the window: the FX thread does no disk or device work. */
class ResponsivenessTest {

    @TempDir
    Path dir;

    /** A real FAT volume whose listings wait until the test lets them go, like a camera busy elsewhere. */
    static final class StallingVolume extends ForwardingVolume {

        final Gate gate = new Gate();

        StallingVolume(Volume delegate) {
            super(delegate);
        }

        @Override
        public List<FileEntry> list(VolumePath directory) throws IOException {
            gate.pass();
            return super.list(directory);
        }
    }

    /** The sidebar section a camera provider would fill, here with the stalling volume. */
    record StalledCamera(ObservableList<Place> places) implements PlaceProvider {
        @Override
        public String section() {
            return "Cameras";
        }
    }

    @Test
    void theWindowKeepsWorkingWhileAVolumeStalls() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("camera.img"));
        StallingVolume stalling = new StallingVolume(DiskImage.openVolume(image.file, null, FatOptions.DEFAULT));
        Place camera = new Place("stalled", "Busy camera", DeviceIcon.CAMERA, "a camera that does not answer",
                "cam:", VolumePath.ROOT, new SharedVolume(() -> stalling));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("photos"));
        Files.writeString(home.resolve("photos").resolve("cat.jpg"), "meow");
        GuiEnvironment environment = RunningApp.environment(dir.resolve("state"), home,
                () -> List.of(new StalledCamera(FXCollections.observableArrayList(camera))));
        try (RunningApp app = RunningApp.start(environment)) {
            app.sidebar().click("Busy camera");
            assertThat(stalling.gate.awaitReached()).as("the listing started").isTrue();
            assertThat(app.fx(() -> app.left().model().loadingProperty().get())).isTrue();
            app.screenshot("stalled-volume");

            // Meanwhile the other pane browses, the sidebar and the keys answer.
            long start = System.nanoTime();
            app.enter(app.right(), "photos");
            assertThat(app.names(app.right())).containsExactly("cat.jpg");
            app.type(KeyCode.BACK_SPACE);
            app.awaitDirectory(app.right(), "home", home.toString());
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
            assertThat(app.fx(() -> app.left().model().listing().place().id())).as("still the old place")
                    .isEqualTo("home");
            assertThat(stalling.gate.isOpen()).as("still stalled").isFalse();

            stalling.gate.open();
            app.awaitDirectory(app.left(), "stalled", "/");
            assertThat(app.names(app.left())).contains("DCIM", "main.py");
        }
    }
}
