package io.flashdeck.app.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs disk and device work off the FX thread and hands the result or the failure back on it. A
 * camera link or a large image can take seconds to answer; the window must never wait for them.
 *
 * <p>Work items run in parallel (one stalled volume must not hold up another pane); callers that
 * need order, such as a pane listing directories, discard answers that are no longer wanted.
 */
public final class BackgroundTasks implements AutoCloseable {

    /** Disk or device work; may block and throw. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private final ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads("flashdeck-worker"));
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

    /**
     * Runs {@code work} on a worker thread, then {@code onSuccess} or {@code onFailure} on the FX
     * thread. Called on the FX thread.
     */
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        running.set(running.get() + 1);
        executor.execute(() -> {
            Runnable answer;
            try {
                T result = work.call();
                answer = () -> onSuccess.accept(result);
            } catch (Exception e) {
                answer = () -> onFailure.accept(e);
            }
            Runnable deliver = answer;
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                deliver.run();
            });
        });
    }

    /** How many work items have not yet delivered their answer; the status bar shows a spinner meanwhile. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Stops taking work. Running items finish: interrupting a thread inside a file channel would
     * close the channel of an image half way through a change.
     */
    @Override
    public void close() {
        executor.shutdown();
    }
}
