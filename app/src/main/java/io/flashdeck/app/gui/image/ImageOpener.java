package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.places.ImagePlaces;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.task.BackgroundTasks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opens disk images: from the Open image… chooser or dropped on the window. The volume is opened
 * on a worker thread; only an image that opened joins the sidebar, and one that does not gives a
 * notification saying why.
 */
public final class ImageOpener {

    /** Extensions a dropped file needs to be taken for an image; the chooser can open any file. */
    static final List<String> EXTENSIONS = List.of(".img", ".bin", ".ima", ".dd");

    private final ImagePlaces images;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Consumer<Place> show;

    /** @param show shows an opened image in the active pane */
    public ImageOpener(ImagePlaces images, BackgroundTasks tasks, Notifier notifier, Consumer<Place> show) {
        this.images = images;
        this.tasks = tasks;
        this.notifier = notifier;
        this.show = show;
    }

    public void open(Path file) {
        tasks.run(() -> {
            Place place = images.placeFor(file.toRealPath());
            place.volume().get();
            return place;
        }, place -> {
            images.remember(place);
            show.accept(place);
        }, e -> notifier.failed("open", file.getFileName().toString(), null, e));
    }

    /** Asks for an image file, starting where the last one was. */
    public void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open disk image");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Disk images", EXTENSIONS.stream().map(e -> "*" + e).toList()),
                new FileChooser.ExtensionFilter("All files", "*"));
        images.recentFiles().stream().findFirst().map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Images dropped anywhere on the window open; other files are left to the panes. */
    public void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (!event.isConsumed() && !imagesIn(event).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> dropped = imagesIn(event);
            if (!event.isConsumed() && !dropped.isEmpty()) {
                dropped.forEach(this::open);
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private static List<Path> imagesIn(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return List.of();
        }
        return event.getDragboard().getFiles().stream().map(File::toPath).filter(ImageOpener::looksLikeImage).toList();
    }

    static boolean looksLikeImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && file.toFile().isFile();
    }
}
