package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.camera.CameraPlaces;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The virtual camera in the sidebar: its mounts with their space, and the camera actions through their dialogs. */
class CameraActionsTest {

    private static final String FLASH = "emu:/flash";

    @TempDir
    Path dir;

    VirtualCameraFiles camera;
    Map<String, String> flashBefore;
    RunningApp app;

    @BeforeEach
    void start() throws Exception {
        camera = VirtualCameraFiles.create(dir.resolve("emu"), Files.createDirectories(dir.resolve("scratch")));
        flashBefore = camera.flashSnapshot(dir);
        CameraPlaces cameras = new CameraPlaces(camera.sources(List::of, dir.resolve("unused"), List::of));
        app = RunningApp.start(RunningApp.environment(dir.resolve("state"), Files.createDirectories(dir.resolve("home")),
                () -> List.of(cameras)));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void browsesBothMountsWithTheirFileSystemAndSpace() throws Exception {
        assertThat(spaceLines()).containsExactly("not connected", "not connected");
        app.sidebar().click("/flash");
        app.awaitDirectory(app.left(), FLASH, "/");
        assertThat(app.names(app.left())).contains("lib", "data.bin", "main.py", "README.txt");
        app.await("the flash's space", () -> spaceLines().get(0).matches("fat · [0-9.]+ (KiB|MiB) free of 2\\.0 MiB"));

        app.sidebar().click("/sdcard");
        app.awaitDirectory(app.left(), "emu:/sdcard", "/");
        app.await("the card's space", () -> spaceLines().get(1).matches("fat · [0-9.]+ MiB free of 6[34](\\.[0-9])? MiB"));
        app.screenshot("camera-mounts");
    }

    @Test
    void reformatsTheFlashAfterSayingWhatIsLost() throws Exception {
        app.sidebar().click("/flash");
        app.awaitDirectory(app.left(), FLASH, "/");
        askToReformatTheFlash();
        long files = flashBefore.values().stream().filter(value -> !value.equals("dir")).count();
        assertThat(app.dialogText()).contains("Reformat /flash of Virtual camera?")
                .contains("/flash: " + files + " files (").contains("will be erased");
        app.screenshotWithDialog("format-confirmation");

        app.clickDialogButton("Reformat");
        app.await("the flash reformatted", () -> app.cameras().statusText().startsWith("Reformatted /flash"));
        app.await("the empty flash listed", () -> app.names(app.left()).isEmpty());
        eject();
        assertThat(camera.flashSnapshot(dir)).isEmpty();
        Fsck.check(camera.flashImage()).requireClean();
    }

    @Test
    void cancelLeavesEverything() throws Exception {
        askToReformatTheFlash();
        app.clickDialogButton("Cancel");
        app.await("the dialog closed", () -> !app.dialogOpen());
        eject();
        assertThat(camera.flashSnapshot(dir)).isEqualTo(flashBefore);
    }

    @Test
    void factoryResetLeavesTheDefaultFiles() throws Exception {
        app.sidebar().openMenu("Virtual camera");
        app.robot.clickOn("Factory reset…");
        app.await("the confirmation", app::dialogOpen);
        assertThat(app.dialogText()).contains("Factory reset /flash of Virtual camera?").contains("main.py, README.txt");
        app.clickDialogButton("Factory reset");
        app.await("the factory reset", () -> app.cameras().statusText().startsWith("Factory reset /flash"));
        eject();
        assertThat(camera.flashSnapshot(dir).keySet()).containsExactlyInAnyOrder("/main.py", "/README.txt", "/.openmv_disk");
        Fsck.check(camera.flashImage()).requireClean();
    }

    @Test
    void backsTheFilesUpBeforeReformatting() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        app.fxRun(() -> app.window().cameras().chooseBackupFoldersWith((owner, title, start) -> Optional.of(backups)));
        askToReformatTheFlash();
        app.clickDialogButton("Back up first…");
        app.await("the flash reformatted", () -> app.cameras().statusText().startsWith("Reformatted /flash"));

        List<Path> made;
        try (Stream<Path> list = Files.list(backups)) {
            made = list.toList();
        }
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getFileName().toString()).startsWith("flash backup ");
        assertThat(TreeSnapshot.ofHost(made.get(0))).isEqualTo(flashBefore);
        eject();
        assertThat(camera.flashSnapshot(dir)).isEmpty();
    }

    @Test
    void resetsSoftAndHardAndComesBack() throws Exception {
        app.sidebar().click("/flash");
        app.awaitDirectory(app.left(), FLASH, "/");
        app.sidebar().openMenu("Virtual camera");
        app.robot.clickOn("Soft reset");
        app.await("the soft reset", () -> app.cameras().statusText().contains("soft reset"));

        app.sidebar().openMenu("Virtual camera");
        app.robot.clickOn("Hard reset");
        app.await("the camera back", () -> app.cameras().statusText().startsWith("Virtual camera is back after"));
        app.awaitDirectory(app.left(), FLASH, "/");
        assertThat(app.names(app.left())).contains("lib", "data.bin");
        assertThat(app.fx(() -> app.window().banner().message())).isEmpty();
    }

    @Test
    void showsTheDeviceInfo() {
        app.sidebar().openMenu("Virtual camera");
        app.robot.clickOn("Device info…");
        app.await("the device info", app::dialogOpen);
        List<String> texts = app.fx(() -> app.robot.lookup(".dialog-pane").lookup((Node node) -> node instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertThat(texts).contains("Board", "Firmware", "Mounts").anyMatch(text -> text.startsWith("/flash"));
        app.clickDialogButton("OK");
        app.await("the dialog closed", () -> !app.dialogOpen());
    }

    /** Asks for a reformat of /flash from its menu in the sidebar and waits for the confirmation. */
    private void askToReformatTheFlash() {
        app.sidebar().openMenu("/flash");
        app.robot.clickOn("Reformat /flash…");
        app.await("the confirmation", app::dialogOpen);
    }

    /** Ejects the camera through its menu: the session ends and the virtual camera closes its images. */
    private void eject() {
        app.sidebar().openMenu("Virtual camera");
        app.robot.clickOn("Eject");
        app.await("the camera ejected", () -> app.cameras().statusText().endsWith("ejected: it can be unplugged"));
    }

    /** The file system and space lines under the two mounts. */
    private List<String> spaceLines() {
        return Stream.of("/flash", "/sdcard").flatMap(mount -> app.sidebar().labels(mount, "mount-space").stream()).toList();
    }
}
