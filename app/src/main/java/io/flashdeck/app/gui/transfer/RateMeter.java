package io.flashdeck.app.gui.transfer;

import io.flashdeck.core.block.ByteSizes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The speed of a transfer over the last few seconds and the time it still needs. A camera link
 * pauses between files (hashing, renaming), so an average since the start would lag behind and one
 * over the last buffer would jump; a few seconds' window does neither.
 */
public final class RateMeter {

    static final long WINDOW_NANOS = 4_000_000_000L;
    /** Below this much time measured, any rate is a guess; none is shown. */
    static final long MIN_SPAN_NANOS = 300_000_000L;

    private final Deque<long[]> samples = new ArrayDeque<>();

    /** {@code bytesDone} in all at {@code nanos} (a {@link System#nanoTime} reading). */
    public void record(long nanos, long bytesDone) {
        samples.addLast(new long[] {nanos, bytesDone});
        while (samples.size() > 2 && nanos - samples.peekFirst()[0] > WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    /** Bytes per second, or 0 while too little has been measured. */
    public double bytesPerSecond() {
        if (samples.size() < 2) {
            return 0;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long span = last[0] - first[0];
        return span < MIN_SPAN_NANOS ? 0 : (last[1] - first[1]) * 1e9 / span;
    }

    /** Seconds until {@code remainingBytes} are done at the current rate; empty while the rate is unknown. */
    public OptionalLong secondsLeft(long remainingBytes) {
        double rate = bytesPerSecond();
        return rate <= 0 ? OptionalLong.empty() : OptionalLong.of((long) Math.ceil(remainingBytes / rate));
    }

    /** "1.5 MiB/s"; empty while unknown. */
    public static String rateText(double bytesPerSecond) {
        return bytesPerSecond <= 0 ? "" : ByteSizes.format(Math.round(bytesPerSecond)) + "/s";
    }

    /** "45 s", "3 min 05 s", "2 h 07 min"; empty while unknown. */
    public static String durationText(OptionalLong seconds) {
        if (seconds.isEmpty()) {
            return "";
        }
        long s = seconds.getAsLong();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
