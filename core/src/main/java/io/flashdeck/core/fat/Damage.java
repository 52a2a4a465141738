package io.flashdeck.core.fat;

import io.flashdeck.core.volume.CorruptVolumeException;

/** Names the file or directory whose structures turned out damaged, in front of what is wrong. */
public final class Damage {

    private Damage() {
    }

    /**
     * {@code found} as found in {@code place} (a path, or what prints as one), which is only
     * spelled out then: paths are resolved for every file a copy reads. Thrown from a catch
     * block rather than taking the step as a lambda, whose allocation and link every file read
     * paid for.
     */
    public static CorruptVolumeException in(Object place, CorruptVolumeException found) {
        return new CorruptVolumeException(place + ": " + found.getMessage(), found);
    }
}
