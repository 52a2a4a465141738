package io.flashdeck.app.cli;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.VolumePath;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A long transfer's progress as one line on a terminal, redrawn in place:
 * {@code main.py  1.2 MiB / 4.0 MiB  310 KiB/s  ETA 9 s}. Short transfers draw nothing (the line
 * appears once one has run for a moment), and redraws are spaced so a fast copy is not slowed by them.
 * The rate is the average since the transfer started, which holds steady over a serial link.
 */
final class ProgressLine implements TransferProgress {

    private static final long FIRST_DRAW_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int NAME_WIDTH = 32;

    private final PrintStream err;
    private final LongSupplier clock;
    private long started = -1;
    private long drawn;
    private String file = "";
    private int width;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    ProgressLine(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void fileStarted(VolumePath source, long size) {
        if (started < 0) {
            started = clock.getAsLong();
            drawn = started - REDRAW_NANOS;
        }
        file = source.name();
    }

    @Override
    public void advanced(long fileBytes, long overallBytes, long totalBytes) {
        long now = clock.getAsLong();
        if (started < 0 || now - started < FIRST_DRAW_NANOS || now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        String line = format(file, overallBytes, totalBytes, (now - started) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Removes the line, so that what is printed next starts on a clean line; the next transfer starts afresh. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
        started = -1;
    }

    /** The line for {@code done} of {@code total} bytes after {@code seconds}. */
    static String format(String name, long done, long total, double seconds) {
        String shown = name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "--";
        return shown + "  " + ByteSizes.format(done) + " / " + ByteSizes.format(total) + "  "
                + ByteSizes.format(Math.round(rate)) + "/s  ETA " + eta;
    }

    /** 9 s, 2 min 05 s, 1 h 02 min. */
    static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
