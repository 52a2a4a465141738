package io.flashdeck.serial.repl;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RawRepl} paces and bounds its conversation with one device.
 *
 * @param rawPaste         try raw-paste mode (off for devices where it hangs, such as the
 *                         WebAssembly MicroPython)
 * @param enterTimeout     overall limit for getting into the raw REPL, retries included
 * @param responseTimeout  how long the device may take to answer a control sequence
 * @param execTimeout      how long running code may stay silent before the device counts as stuck
 * @param quietPeriod      silence that ends a drain of unwanted output
 * @param plainChunkPause  pause after each 256-byte chunk of code sent without raw-paste, so a
 *                         device with a small receive buffer keeps up (as pyboard.py does)
 */
public record ReplSettings(boolean rawPaste, Duration enterTimeout, Duration responseTimeout,
        Duration execTimeout, Duration quietPeriod, Duration plainChunkPause) {

    public ReplSettings {
        Objects.requireNonNull(enterTimeout);
        Objects.requireNonNull(responseTimeout);
        Objects.requireNonNull(execTimeout);
        Objects.requireNonNull(quietPeriod);
        Objects.requireNonNull(plainChunkPause);
    }

    /** Settings for a camera on USB serial. */
    public static ReplSettings defaults() {
        return new ReplSettings(true, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofMillis(50), Duration.ofMillis(10));
    }

    public ReplSettings withRawPaste(boolean use) {
        return new ReplSettings(use, enterTimeout, responseTimeout, execTimeout, quietPeriod, plainChunkPause);
    }

    public ReplSettings withEnterTimeout(Duration d) {
        return new ReplSettings(rawPaste, d, responseTimeout, execTimeout, quietPeriod, plainChunkPause);
    }

    public ReplSettings withResponseTimeout(Duration d) {
        return new ReplSettings(rawPaste, enterTimeout, d, execTimeout, quietPeriod, plainChunkPause);
    }

    public ReplSettings withExecTimeout(Duration d) {
        return new ReplSettings(rawPaste, enterTimeout, responseTimeout, d, quietPeriod, plainChunkPause);
    }

    public ReplSettings withPlainChunkPause(Duration d) {
        return new ReplSettings(rawPaste, enterTimeout, responseTimeout, execTimeout, quietPeriod, d);
    }
}
