package io.flashdeck.app.gui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread's pulses (one per frame the window draws): the longest gap between two is
 * the longest stall a user saw. On a loaded machine a gap may be time the thread waited for a
 * core, so the FX thread's own CPU time per frame is kept too. Work queued for the next frame runs
 * when it is drawn.
 */
final class PulseMonitor extends AnimationTimer {

    /** A gap a user notices as a hitch: three frames at 60 per second. */
    static final long SLOW_NANOS = 50_000_000;

    private long last;
    private long longestGap;
    private long frames;
    private long slowFrames;
    private long longestAtFrame;
    private long lastCpu;
    private long mostCpu;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Runnable> nextFrame = new ArrayList<>();

    @Override
    public void handle(long now) {
        long cpu = threads.getCurrentThreadCpuTime();
        mostCpu = Math.max(mostCpu, cpu - lastCpu);
        lastCpu = cpu;
        if (last != 0) {
            long gap = now - last;
            if (gap > longestGap) {
                longestGap = gap;
                longestAtFrame = frames;
            }
            slowFrames += gap > SLOW_NANOS ? 1 : 0;
        }
        last = now;
        frames++;
        List<Runnable> due = List.copyOf(nextFrame);
        nextFrame.clear();
        due.forEach(Runnable::run);
    }

    /** Forgets the gaps seen so far. */
    void reset() {
        last = System.nanoTime(); // the pulses' clock: a stall right after the reset counts too
        lastCpu = threads.getCurrentThreadCpuTime(); // resets run on the FX thread
        mostCpu = 0;
        longestGap = 0;
        frames = 0;
        slowFrames = 0;
        longestAtFrame = 0;
    }

    /** Runs {@code action} in the next pulse, after the scene as it is now was drawn. */
    void onNextFrame(Runnable action) {
        nextFrame.add(action);
    }

    /** Runs {@code action} once {@code count} more frames were drawn. */
    void afterFrames(int count, Runnable action) {
        onNextFrame(count <= 1 ? action : () -> afterFrames(count - 1, action));
    }

    long frames() {
        return frames;
    }

    /** The stalls seen, in words. */
    String stalls() {
        return String.format(Locale.ROOT, "longest FX stall %.0f ms (frame %d of %d), %d over %d ms; "
                + "FX thread's CPU time in its busiest frame %.0f ms", longestGap / 1e6, longestAtFrame, frames,
                slowFrames, SLOW_NANOS / 1_000_000, mostCpu / 1e6);
    }
}
