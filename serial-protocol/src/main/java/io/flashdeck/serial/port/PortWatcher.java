package io.flashdeck.serial.port;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Polls the port list on a daemon thread and tells a listener what was plugged and unplugged
 * (operating systems differ in how they announce USB devices; polling works everywhere). The
 * first poll reports every port present as plugged, so the listener's picture is complete.
 */
public final class PortWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PortWatcher.class.getName());

    private final Supplier<List<PortInfo>> scanner;
    private final PortListener listener;
    private final Thread thread;
    private final long intervalMillis;
    private volatile boolean running = true;
    private List<PortInfo> known = List.of();

    private PortWatcher(Supplier<List<PortInfo>> scanner, Duration interval, PortListener listener, boolean threaded) {
        this.scanner = scanner;
        this.listener = listener;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.thread = threaded ? new Thread(this::run, "port-watcher") : null;
    }

    /** Watches the system's serial ports. */
    public static PortWatcher start(Duration interval, PortListener listener) {
        return start(PortScanner::scan, interval, listener);
    }

    /** Watches the ports {@code scanner} lists. */
    public static PortWatcher start(Supplier<List<PortInfo>> scanner, Duration interval, PortListener listener) {
        PortWatcher watcher = new PortWatcher(scanner, interval, listener, true);
        watcher.thread.setDaemon(true);
        watcher.thread.start();
        return watcher;
    }

    /** A watcher without a thread: each {@link #poll()} is one step (for callers with their own timer). */
    public static PortWatcher manual(Supplier<List<PortInfo>> scanner, PortListener listener) {
        return new PortWatcher(scanner, Duration.ofSeconds(1), listener, false);
    }

    /** Scans once and reports the differences to the previous scan. */
    public synchronized PortChanges poll() {
        List<PortInfo> now = List.copyOf(scanner.get());
        PortChanges changes = PortChanges.between(known, now);
        known = now;
        changes.removed().forEach(listener::unplugged);
        changes.added().forEach(listener::plugged);
        return changes;
    }

    /** The ports seen at the last poll. */
    public synchronized List<PortInfo> ports() {
        return known;
    }

    /** Stops the thread (waits for a poll under way to finish); no listener calls follow. */
    @Override
    public void close() {
        running = false;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(intervalMillis + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "listing serial ports failed", e);
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
