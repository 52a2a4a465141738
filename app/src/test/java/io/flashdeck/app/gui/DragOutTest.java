package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.transfer.DragStaging;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.VolumePath;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drags out of an image pane onto the desktop, staged through the queue, and drops on a folder row,
 * through the handler methods the drag events call.
 */
class DragOutTest {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    @TempDir
    Path dir;

    CameraImage image;
    Path home;
    RunningApp app;

    @BeforeEach
    void start() throws Exception {
        image = CameraImage.create(dir.resolve("sdcard.img"));
        home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("upload"));
        Files.writeString(home.resolve("main.py"), "print('from the desktop')\n");
        app = RunningApp.withImageAndHome(dir.resolve("state"), image, home);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    /** The image's files below {@code top} as TreeSnapshot names them from there. */
    private Map<String, String> expected(String top) {
        Map<String, String> tree = new TreeMap<>();
        image.files.forEach((path, content) -> {
            if (path.startsWith(top + "/")) {
                tree.put(path.substring(top.length()), TreeSnapshot.fileValue(content));
            }
        });
        return tree;
    }

    @Test
    void aDragOutOfAnImageIsStagedCompleteUnderTheNamesTheDesktopGets() throws Exception {
        app.clickRow(app.left(), "DCIM");
        app.addRow(app.left(), "model.tflite");
        // A question about main.py holds the queue: the drag's download waits behind it.
        app.fxRun(() -> app.window().copies().dropHostFiles(List.of(home.resolve("main.py")), app.left()));
        app.await("the question about main.py", app::dialogOpen);
        List<File> offered = app.fx(() -> app.window().dragAndDrop().dragOut()
                .offer(app.left(), app.left().selectedEntries()));
        Path folder = offered.get(0).toPath().getParent();
        assertThat(folder.getParent()).isEqualTo(dir.resolve("state/drag"));
        assertThat(offered).containsExactly(folder.resolve("DCIM").toFile(), folder.resolve("model.tflite").toFile());
        app.await("the drag's jobs queued", () -> app.window().transfers().jobs().size() == 3);
        assertThat(offered).allMatch(file -> !file.exists());

        // Whenever the desktop could find a name, what it finds is complete.
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger incomplete = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!stop.get()) {
                if (!completeOrMissing(folder)) {
                    incomplete.incrementAndGet();
                }
            }
        });
        watcher.start();
        app.clickDialogButton("Skip");
        app.awaitTransfers(3);
        app.await("both items in place", () -> offered.stream().allMatch(File::exists));
        stop.set(true);
        watcher.join();

        assertThat(incomplete).hasValue(0);
        assertThat(TreeSnapshot.ofHost(folder.resolve("DCIM"))).isEqualTo(expected("/DCIM"));
        assertThat(TreeSnapshot.sha256(folder.resolve("model.tflite")))
                .isEqualTo(TreeSnapshot.fileValue(image.content("/model.tflite")).split(" ")[1]);
        try (var left = Files.list(DragStaging.incoming(folder))) {
            assertThat(left).as("nothing left behind").isEmpty();
        }
        assertThat(app.statusText()).isEqualTo("Copied 4 files to the drag-out folder " + folder);
    }

    @Test
    void draggingTheSameFileAgainOffersTheCopyStagedBeforeInsteadOfFetchingItAgain() throws Exception {
        app.clickRow(app.left(), "model.tflite");
        List<File> first = dragOutSelection();
        app.awaitTransfers(1);
        app.await("the copy in place", () -> first.get(0).exists());

        assertThat(dragOutSelection()).isEqualTo(first);
        assertThat(app.fx(() -> app.window().transfers().jobs().size())).as("nothing fetched again").isEqualTo(1);

        // Once the copy is gone from its folder (the desktop moved it, say), the file is fetched anew.
        Files.delete(first.get(0).toPath());
        List<File> third = dragOutSelection();
        assertThat(third.get(0).toPath().getParent()).isNotEqualTo(first.get(0).toPath().getParent());
        app.awaitTransfers(2);
        app.await("the new copy in place", () -> third.get(0).exists());
        assertThat(TreeSnapshot.sha256(third.get(0).toPath()))
                .isEqualTo(TreeSnapshot.fileValue(image.content("/model.tflite")).split(" ")[1]);
    }

    /** Drags the left pane's selection out and lets the desktop take it. */
    private List<File> dragOutSelection() {
        return app.fx(() -> {
            List<File> offered = app.window().dragAndDrop().dragOut().offer(app.left(), app.left().selectedEntries());
            app.window().dragAndDrop().dragOut().ended(false);
            return offered;
        });
    }

    private boolean completeOrMissing(Path folder) {
        try {
            Path model = folder.resolve("model.tflite");
            boolean modelComplete = !Files.exists(model)
                    || Files.size(model) == image.content("/model.tflite").length;
            boolean photosComplete = !Files.exists(folder.resolve("DCIM"))
                    || TreeSnapshot.ofHost(folder.resolve("DCIM")).equals(expected("/DCIM"));
            return modelComplete && photosComplete;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aDropOnAFolderRowGoesIntoThatFolderAndTheRowIsHighlighted() throws Exception {
        Node lib = app.rowCell(app.left(), "lib");
        app.fxRun(() -> app.window().dragAndDrop().hover(lib));
        assertThat(app.fx(() -> rowOf(lib).getPseudoClassStates())).contains(DROP_TARGET);
        app.screenshot("drop-on-folder-row");
        Node readme = app.rowCell(app.left(), "README.txt");
        app.fxRun(() -> app.window().dragAndDrop().hover(readme));
        assertThat(app.fx(() -> rowOf(lib).getPseudoClassStates())).doesNotContain(DROP_TARGET);
        assertThat(app.fx(() -> rowOf(readme).getPseudoClassStates())).as("a file is no drop target")
                .doesNotContain(DROP_TARGET);
        assertThat(app.fx(() -> app.window().dragAndDrop().dropDirectory(app.left(), readme)))
                .isEqualTo(VolumePath.ROOT);

        VolumePath into = app.fx(() -> app.window().dragAndDrop().dropDirectory(app.left(), lib));
        assertThat(into).isEqualTo(VolumePath.parse("/lib"));
        app.fxRun(() -> app.window().copies().dropHostFiles(List.of(home.resolve("main.py")), app.left(), into));
        app.awaitTransfers(1);
        try (InputStream in = app.fx(() -> app.left().model().listing().volume())
                .openRead(VolumePath.parse("/lib/main.py"))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(home.resolve("main.py")));
        }

        // And the other way: the image's README onto the host pane's "upload" row.
        app.clickRow(app.left(), "README.txt");
        VolumePath upload = app.fx(() -> app.window().dragAndDrop()
                .dropDirectory(app.right(), app.rowCell(app.right(), "upload")));
        app.fxRun(() -> app.window().copies().dropEntries(app.left(), app.left().selectedEntries(), app.right(),
                upload));
        app.awaitTransfers(2);
        assertThat(Files.readAllBytes(home.resolve("upload/README.txt"))).isEqualTo(image.content("/README.txt"));
        assertThat(home.resolve("README.txt")).doesNotExist();
    }

    private static TableRow<?> rowOf(Node cell) {
        Node node = cell;
        while (!(node instanceof TableRow<?>)) {
            node = node.getParent();
        }
        return (TableRow<?>) node;
    }
}
