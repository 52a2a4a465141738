package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.gui.browser.FilePaneView;
import io.flashdeck.app.gui.camera.CameraFeature;
import io.flashdeck.app.gui.browser.Listing;
import io.flashdeck.app.gui.camera.CameraPlaces;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.app.gui.transfer.JobState;
import io.flashdeck.app.gui.transfer.TransferJob;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop app, started headless for one test on the shared primary stage, with folders of
 * the test's own, and the means to drive it as a user would.
 */
final class RunningApp implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final long TIMEOUT_SECONDS = 15;

    final FxRobot robot = new FxRobot();
    final FlashDeckApp app;

    private RunningApp(FlashDeckApp app) {
        this.app = app;
    }

    /** Settings and logs go below {@code state}; the Home place shows {@code home}. */
    static GuiEnvironment environment(Path state, Path home, Supplier<List<PlaceProvider>> devices) {
        return new GuiEnvironment(home, state.resolve("config"), state.resolve("logs"),
                new FatImageProvider(NameStyle.CAMERA), devices);
    }

    static GuiEnvironment environment(Path state, Path home) {
        return environment(state, home, List::of);
    }

    static RunningApp start(GuiEnvironment environment) throws Exception {
        FxToolkit.registerPrimaryStage();
        FlashDeckApp app = (FlashDeckApp) FxToolkit.setupApplication(() -> new FlashDeckApp(environment));
        RunningApp running = new RunningApp(app);
        running.await("both panes listed", () -> running.window().panes().panes().stream()
                .allMatch(pane -> pane.model().listing() != null && !pane.model().loadingProperty().get()));
        return running;
    }

    /** The app with a fresh virtual camera in the sidebar; the camera's files and the settings go below {@code dir}. */
    static RunningApp withVirtualCamera(Path dir, Path home) throws Exception {
        VirtualCameraFiles camera = VirtualCameraFiles.create(dir.resolve("emu"),
                Files.createDirectories(dir.resolve("scratch")));
        CameraPlaces cameras = new CameraPlaces(camera.sources(List::of, dir.resolve("unused"), List::of));
        return start(environment(dir.resolve("state"), home, () -> List.of(cameras)));
    }

    /** The app with {@code image} open in the left pane and {@code home} in the right one. */
    static RunningApp withImageAndHome(Path state, CameraImage image, Path home) throws Exception {
        RunningApp app = start(environment(state, home));
        app.openImage(image);
        app.awaitDirectory(app.right(), "home", home.toString());
        return app;
    }

    /** The places sidebar, driven as a user would. */
    SidebarDriver sidebar() {
        return new SidebarDriver(this);
    }

    MainWindow window() {
        return app.window();
    }

    CameraFeature cameras() {
        return window().cameras();
    }

    FilePaneView left() {
        return window().panes().left();
    }

    FilePaneView right() {
        return window().panes().right();
    }

    /** Runs on the FX thread and returns the answer. */
    <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer in " + TIMEOUT_SECONDS + " s", e);
        }
    }

    void fxRun(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition} holds on the FX thread; a failure names the banner's message, if any. */
    void await(String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; error banner: \""
                        + fx(() -> window().banner().message()) + "\"; status: \"" + statusText() + "\"; dialogs open: "
                        + dialogCount());
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code pane} shows {@code directory} of the place {@code placeId}, fully listed. */
    void awaitDirectory(FilePaneView pane, String placeId, String directory) {
        await(pane.model().name() + " pane showing " + placeId + " " + directory, () -> {
            Listing listing = pane.model().listing();
            return listing != null && !pane.model().loadingProperty().get() && listing.place().id().equals(placeId)
                    && listing.directory().equals(VolumePath.parse(directory));
        });
    }

    /** Opens an image as Open image… and a drop do, into the active pane, and waits for its root. */
    void openImage(CameraImage image) {
        FilePaneView pane = fx(() -> window().panes().active());
        fxRun(() -> window().images().open(image.file));
        awaitDirectory(pane, image.placeId(), "/");
    }

    /** Clicks a folder in {@code pane}, presses Enter and waits until the pane shows it. */
    void enter(FilePaneView pane, String folder) {
        Listing before = fx(() -> pane.model().listing());
        clickRow(pane, folder);
        type(KeyCode.ENTER);
        awaitDirectory(pane, before.place().id(), before.directory().resolve(folder).toString());
    }

    /** The names in the pane's table, top to bottom. */
    List<String> names(FilePaneView pane) {
        return fx(() -> pane.table().getItems().stream().map(FileEntry::name).toList());
    }

    List<String> selectedNames(FilePaneView pane) {
        return fx(() -> pane.selectedEntries().stream().map(FileEntry::name).toList());
    }

    /** Clicks the row of {@code name}, as a user picks a file; the table gets the keyboard. */
    void clickRow(FilePaneView pane, String name) {
        robot.clickOn(rowCell(pane, name));
    }

    /**
     * Right-clicks the row of {@code name}, which selects it, and asks for the context menu there.
     * Desktop platforms turn the right click into that request themselves; headless Monocle does
     * not, so the test sends it as they would.
     */
    void openContextMenu(FilePaneView pane, String name) {
        requestContextMenu(rowCell(pane, name));
    }

    /** Right-clicks {@code cell} and asks for its context menu, as {@link #openContextMenu} does. */
    void requestContextMenu(Node cell) {
        robot.rightClickOn(cell);
        fxRun(() -> {
            Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                    bounds.getMinX() + 5, bounds.getMinY() + 5, false, new PickResult(cell, 5, 5)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many dialogs are open over the main window. */
    long dialogCount() {
        Window main = fx(() -> left().getScene().getWindow());
        return fx(() -> Window.getWindows().stream().filter(w -> w != main && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("dialog-pane")).count());
    }

    /** Ctrl-clicks the row of {@code name}, adding it to the selection. */
    void addRow(FilePaneView pane, String name) {
        robot.press(KeyCode.CONTROL);
        try {
            robot.clickOn(rowCell(pane, name));
        } finally {
            robot.release(KeyCode.CONTROL);
        }
    }

    /** The cell showing {@code name} in the pane's table, such as a drag's pointer would be over. */
    Node rowCell(FilePaneView pane, String name) {
        return robot.from(pane.table()).lookup((Node node) -> node instanceof TableCell<?, ?> cell
                && cell.isVisible() && name.equals(cell.getText())).query();
    }

    /** The icon the row of {@code name} shows in the pane's table. */
    Image rowIcon(FilePaneView pane, String name) {
        return fx(() -> ((ImageView) ((TableCell<?, ?>) rowCell(pane, name)).getGraphic()).getImage());
    }

    /** Clicks the header of a pane's column, as a user sorts by it. */
    void clickColumn(FilePaneView pane, String title) {
        robot.clickOn(robot.from(pane.table()).lookup(".column-header").lookup((Node node) ->
                node instanceof Label label && title.equals(label.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The status bar's text. */
    String statusText() {
        return fx(() -> ((StatusBar) window().panes().left().getScene().lookup("#status-bar")).getText());
    }

    /**
     * Presses a button of the dialog that is open over the main window. Fired, not clicked at a
     * position: a dialog just shown is still being centred over its owner, and a click aimed at
     * where a button was may land on its neighbour (Skip instead of Replace).
     */
    void clickDialogButton(String text) {
        Window main = left().getScene().getWindow();
        Button button = fx(() -> robot.lookup((Node node) -> node instanceof Button candidate
                && text.equals(candidate.getText()) && candidate.getScene().getWindow() != main).<Button>query());
        Platform.runLater(button::fire); // not waited for: the button may open a dialog of its own, which waits
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The header and text of the dialog open over the main window. */
    String dialogText() {
        return fx(() -> openDialog().getHeaderText() + "\n" + openDialog().getContentText());
    }

    private DialogPane openDialog() {
        Window main = left().getScene().getWindow();
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof DialogPane).map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst().orElseThrow(() -> new AssertionError("no dialog is open"));
    }

    /** Types text into the dialog's focused field. */
    void writeInDialog(String text) {
        Window main = fx(() -> left().getScene().getWindow());
        robot.targetWindow(fx(() -> Window.getWindows().stream().filter(w -> w != main && w.isFocused())
                .findFirst().orElseThrow(() -> new AssertionError("no dialog has the focus"))));
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True while a dialog is open over the main window. */
    boolean dialogOpen() {
        return dialogCount() > 0;
    }

    void type(KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a key combination such as Ctrl+Shift+N. */
    void press(KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The transfer queue's jobs, oldest first, with their states. */
    List<JobState> jobStates() {
        return fx(() -> window().transfers().jobs().stream().map(TransferJob::state).toList());
    }

    /** Waits until the queue holds {@code count} jobs and every one has ended. */
    void awaitTransfers(int count) {
        await(count + " transfers finished", () -> window().transfers().jobs().size() == count
                && window().transfers().jobs().stream().allMatch(job -> job.state().isFinished()));
    }

    /** Saves the main window as {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) throws IOException {
        return screenshot(fx(() -> left().getScene()), name);
    }

    /** Saves another window of the app, such as the editor, as {@code target/screenshots/NAME.png}. */
    Path screenshot(Scene scene, String name) throws IOException {
        return save(name, pixels(fx(() -> scene.snapshot(null))));
    }

    /** Saves the main window with the open dialog drawn where it is over it. */
    Path screenshotWithDialog(String name) throws IOException {
        BufferedImage png = pixels(fx(() -> left().getScene().snapshot(null)));
        Window main = fx(() -> left().getScene().getWindow());
        DialogPane dialog = fx(this::openDialog);
        BufferedImage over = pixels(fx(() -> dialog.getScene().snapshot(null)));
        Window window = fx(() -> dialog.getScene().getWindow());
        int x = (int) (window.getX() + dialog.getScene().getX() - main.getX() - left().getScene().getX());
        int y = (int) (window.getY() + dialog.getScene().getY() - main.getY() - left().getScene().getY());
        Graphics2D canvas = png.createGraphics();
        canvas.drawImage(over, Math.max(0, x), Math.max(0, y), null);
        canvas.dispose();
        return save(name, png);
    }

    private static BufferedImage pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        return png;
    }

    private static Path save(String name, BufferedImage png) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        assertThat(ImageIO.write(png, "png", file.toFile())).isTrue();
        return file;
    }

    /** The node matching {@code query} (such as {@code #fact-size}) in any open window, once it is there. */
    <T extends Node> T awaitNode(String query) {
        await(query + " shown", () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    /** The text of the label matching {@code query}, read on the FX thread. */
    String labelText(String query) {
        Label label = awaitNode(query);
        return fx(label::getText);
    }

    /** Clicks the toolbar's Image menu, then its item {@code text}. */
    void imageMenu(String text) {
        robot.clickOn("#image-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the app as the window's close button would: settings saved, volumes closed. */
    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
