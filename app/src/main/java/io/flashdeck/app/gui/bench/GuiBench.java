package io.flashdeck.app.gui.bench;

import io.flashdeck.app.gui.MainWindow;
import io.flashdeck.app.gui.browser.FilePaneView;
import io.flashdeck.app.gui.browser.Listing;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * A hidden mode of the desktop app for {@code bench/gui-bench.sh}. {@code -Dflashdeck.bench=startup}
 * prints how long after the JVM started the window drew its first frame, and ends the app.
 * {@code =browse} goes on: it lists the directory {@code flashdeck.bench.dir} of the image
 * {@code flashdeck.bench.image} (10,000 entries), scrolls through it a page per frame, browses every
 * directory of the image {@code flashdeck.bench.large}, and prints the longest stalls of the FX
 * thread and the heap in use after a garbage collection.
 */
public final class GuiBench {

    /** Rows the table moves per frame while scrolling: about a page, a brisk fling. */
    private static final int ROWS_PER_FRAME = 25;
    /** Directories browsed on the large image at most. */
    private static final int MAX_DIRECTORIES = 500;

    /** Frames to wait after the start before the listing: about a second. */
    private static final int SETTLE_FRAMES = 60;

    private final MainWindow window;
    private final PulseMonitor pulses = new PulseMonitor();
    private final FilePaneView pane;

    private GuiBench(MainWindow window) {
        this.window = window;
        this.pane = window.panes().left();
    }

    /** Starts the bench when {@code -Dflashdeck.bench} asks for it; call once the window is shown. */
    public static void startIfAsked(MainWindow window) {
        String mode = System.getProperty("flashdeck.bench");
        if (mode != null) {
            new GuiBench(window).start(mode);
        }
    }

    private void start(String mode) {
        pulses.start();
        // Timers run at the start of a pulse, before its layout and drawing: the window's first
        // frame is done when the second pulse starts.
        pulses.afterFrames(2, () -> {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            print("startup: window drawn and ready for input %d ms after the JVM started", sinceJvmStart);
            if (mode.equals("browse")) {
                // The panes list their places meanwhile: the listing starts on a settled window.
                pulses.afterFrames(SETTLE_FRAMES, this::listLargeDirectory);
            } else {
                Platform.exit();
            }
        });
    }

    private void listLargeDirectory() {
        Place place = imagePlace("flashdeck.bench.image");
        VolumePath directory = VolumePath.parse(System.getProperty("flashdeck.bench.dir"));
        long started = System.nanoTime();
        pulses.reset();
        whenShown(place, directory, listing -> pulses.onNextFrame(() -> {
            print("listing: %,d entries of %s listed and drawn in %.0f ms; %s",
                    listing.entries().size(), place.locationOf(directory), (System.nanoTime() - started) / 1e6,
                    pulses.stalls());
            scroll();
        }));
        pane.model().show(place, directory);
    }

    private void scroll() {
        pulses.reset();
        long started = System.nanoTime();
        int rows = pane.table().getItems().size();
        new AnimationTimer() {
            private int row;

            @Override
            public void handle(long now) {
                if (row >= rows) {
                    stop();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    print("scrolling: %,d rows in %.1f s, %.0f frames per second; %s", rows, seconds,
                            pulses.frames() / seconds, pulses.stalls());
                    browseLargeImage();
                    return;
                }
                pane.table().scrollTo(row);
                row += ROWS_PER_FRAME;
            }
        }.start();
    }

    /** Lists every directory of the large image, one after another, then measures the heap. */
    private void browseLargeImage() {
        Place place = imagePlace("flashdeck.bench.large");
        Deque<VolumePath> queue = new ArrayDeque<>();
        queue.add(VolumePath.ROOT);
        long started = System.nanoTime();
        pulses.reset();
        browseNext(place, queue, 0, started);
    }

    private void browseNext(Place place, Deque<VolumePath> queue, int browsed, long started) {
        if (queue.isEmpty() || browsed == MAX_DIRECTORIES) {
            print("browsing: %d directories of %s in %.1f s; %s", browsed, place.title(),
                    (System.nanoTime() - started) / 1e9, pulses.stalls());
            reportHeap();
            Platform.exit();
            return;
        }
        VolumePath directory = queue.poll();
        whenShown(place, directory, listing -> {
            listing.entries().stream().filter(FileEntry::isDirectory).map(FileEntry::path).forEach(queue::add);
            browseNext(place, queue, browsed + 1, started);
        });
        pane.model().show(place, directory);
    }

    private static void reportHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long used = runtime.totalMemory() - runtime.freeMemory();
        print("heap: %.1f MiB used after System.gc() (committed %.1f MiB, max %.0f MiB)", used / 1048576.0,
                runtime.totalMemory() / 1048576.0, runtime.maxMemory() / 1048576.0);
    }

    /** Runs {@code then} once the pane shows {@code directory} of {@code place}. */
    private void whenShown(Place place, VolumePath directory, Consumer<Listing> then) {
        ChangeListener<Listing> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Listing> observable, Listing before,
                    Listing now) {
                if (now != null && now.place().equals(place) && now.directory().equals(directory)) {
                    pane.model().listingProperty().removeListener(this);
                    then.accept(now);
                }
            }
        };
        pane.model().listingProperty().addListener(listener);
    }

    private Place imagePlace(String property) {
        String file = System.getProperty(property);
        if (file == null) {
            throw new IllegalStateException("-D" + property + " names no image");
        }
        return window.places().images().placeFor(Path.of(file).toAbsolutePath());
    }

    private static void print(String format, Object... values) {
        System.out.println("flashdeck bench " + String.format(Locale.ROOT, format, values));
        System.out.flush();
    }
}
