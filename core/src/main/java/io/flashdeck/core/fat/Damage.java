package io.flashdeck.core.fat;

import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;
import java.util.function.Supplier;

/** Names the file or directory whose structures turned out damaged, in front of what is wrong. */
public final class Damage {

    /** A step that reads on-disk structures. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws IOException;
    }

    private Damage() {
    }

    /**
     * Runs {@code step}; damage it finds is reported as found in {@code place} (a path), which is
     * only spelled out then: paths are resolved for every file a copy reads.
     */
    public static <T> T in(Supplier<String> place, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (CorruptVolumeException e) {
            throw new CorruptVolumeException(place.get() + ": " + e.getMessage(), e);
        }
    }
}
