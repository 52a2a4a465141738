package io.flashdeck.app.gui.editor;

import io.flashdeck.app.gui.task.DaemonThreads;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that finds the editor's colours, in the order asked. It is not a
 * {@code BackgroundTasks} worker: colouring is no disk or device work, and the status bar's
 * spinner should not flicker on every pause in typing. Idle, the thread ends.
 */
final class ColouringThread implements Executor {

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new DaemonThreads("flashdeck-colours"));

    ColouringThread() {
        executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable work) {
        executor.execute(work);
    }
}
