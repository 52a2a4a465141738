package io.flashdeck.app.gui.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from a worker thread to the FX thread, keeping only the latest: a copy reports
 * progress for every buffer, far more often than the window can draw, and an FX event queue
 * flooded with stale updates would make the window slow to answer.
 */
public final class LatestOnFxThread<T> {

    private final Consumer<T> consumer;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** @param consumer runs on the FX thread with the latest value */
    public LatestOnFxThread(Consumer<T> consumer) {
        this.consumer = consumer;
    }

    /** Called on any thread. */
    public void offer(T value) {
        latest.set(value);
        if (!scheduled.getAndSet(true)) {
            Platform.runLater(() -> {
                scheduled.set(false);
                consumer.accept(latest.get());
            });
        }
    }
}
