package io.flashdeck.core.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per index, {@code 0} to {@code count - 1}, handed out in order to a few threads.
 * After the first failure no further index starts, the tasks in hand finish, and that failure is
 * thrown with any later ones suppressed.
 *
 * <p>With one thread the tasks run on the calling thread, as a plain loop would. With more, they
 * run on threads of their own and the caller only waits: interrupting the caller then cancels
 * (nothing new starts, {@link CopyCancelledException} once the tasks in hand are done) without
 * interrupting a task, which would close the file channel under it, an image's included.
 */
final class Workers {

    /** The work for one index. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws IOException;
    }

    private final int count;
    private final Task task;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean stopped;

    private Workers(int count, Task task) {
        this.count = count;
        this.task = task;
    }

    /** Runs {@code task} for every index below {@code count} on up to {@code threads} threads. */
    static void run(int count, int threads, Task task) throws IOException {
        Workers workers = new Workers(count, task);
        int helpers = Math.min(threads, count);
        if (helpers <= 1) {
            workers.work();
        } else {
            workers.onOwnThreads(helpers);
        }
        workers.throwFirstFailure();
    }

    private void onOwnThreads(int threads) {
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::work, "flashdeck-copy-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        boolean interrupted = false;
        for (Thread thread : started) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopped = true; // cancel: the tasks in hand finish, nothing new starts
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            failed(new CopyCancelledException());
        }
    }

    private void work() {
        while (!stopped) {
            int index = next.getAndIncrement();
            if (index >= count) {
                return;
            }
            try {
                task.run(index);
            } catch (IOException | RuntimeException | Error e) {
                failed(e);
            }
        }
    }

    private void failed(Throwable failure) {
        synchronized (failures) {
            failures.add(failure);
        }
        stopped = true;
    }

    private void throwFirstFailure() throws IOException {
        if (failures.isEmpty()) {
            return;
        }
        Throwable first = failures.get(0);
        failures.subList(1, failures.size()).forEach(first::addSuppressed);
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        throw (Error) first;
    }
}
