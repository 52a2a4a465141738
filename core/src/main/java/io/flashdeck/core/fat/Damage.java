package io.flashdeck.core.fat;

import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;

/** Names the file or directory whose structures turned out damaged, in front of what is wrong. */
public final class Damage {

    /** A step that reads on-disk structures. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws IOException;
    }

    private Damage() {
    }

    /** Runs {@code step}; damage it finds is reported as found in {@code place} (a path). */
    public static <T> T in(String place, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (CorruptVolumeException e) {
            throw new CorruptVolumeException(place + ": " + e.getMessage(), e);
        }
    }
}
