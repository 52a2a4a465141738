package io.flashdeck.core.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs one task per index, handed out in order to a few threads. After the first failure no
 * further index starts, the tasks in hand finish, and that failure is thrown with any later ones
 * suppressed.
 *
 * <p>With one thread the tasks run on the calling thread, as a plain loop would. With more, they
 * run on threads of their own and the caller only waits, or finds the indexes meanwhile:
 * interrupting the caller then cancels (nothing new starts, {@link CopyCancelledException} once
 * the tasks in hand are done) without interrupting a task, which would close the file channel
 * under it, an image's included.
 */
final class Workers {

    /** The work for one index. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws IOException;
    }

    /** The next index to work on, waiting for it if need be; -1 when there are no more. */
    @FunctionalInterface
    interface Indexes {
        int next() throws InterruptedException;
    }

    /** Finds the indexes on the calling thread while the workers run; told when they have stopped on a failure. */
    @FunctionalInterface
    interface Producer {
        void run(BooleanSupplier stopped) throws IOException;
    }

    private final Indexes indexes;
    private final Task task;
    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean stopped;

    private Workers(Indexes indexes, Task task) {
        this.indexes = indexes;
        this.task = task;
    }

    /** Runs {@code task} for every index below {@code count} on up to {@code threads} threads. */
    static void run(int count, int threads, Task task) throws IOException {
        AtomicInteger next = new AtomicInteger();
        Workers workers = new Workers(() -> {
            int index = next.getAndIncrement();
            return index < count ? index : -1;
        }, task);
        int helpers = Math.min(threads, count);
        if (helpers <= 1) {
            workers.work();
        } else {
            workers.join(workers.start(helpers));
        }
        workers.throwFirstFailure();
    }

    /**
     * Runs {@code task} on {@code threads} threads for each file of {@code feed}, while
     * {@code producer} fills the feed on the calling thread; the feed is complete when it returns.
     */
    static void runFed(FileFeed feed, int threads, Task task, Producer producer) throws IOException {
        Workers workers = new Workers(feed::next, task);
        List<Thread> started = workers.start(threads);
        try {
            producer.run(() -> workers.stopped);
        } catch (IOException | RuntimeException | Error e) {
            workers.failed(e);
        } finally {
            feed.complete();
        }
        workers.join(started);
        workers.throwFirstFailure();
    }

    private List<Thread> start(int threads) {
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::work, "flashdeck-copy-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        return started;
    }

    private void join(List<Thread> started) {
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
            int index;
            try {
                index = indexes.next();
            } catch (InterruptedException e) {
                return; // only the copy's own threads wait here, and nothing interrupts them
            }
            if (index < 0 || stopped) {
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
