package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.VolumePath;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what a copy did with its files, from any of its threads; the skipped ones come out in tree order. */
final class CopyTally {

    private final AtomicInteger copied = new AtomicInteger();
    private final VolumePath[] skipped;

    CopyTally(int files) {
        skipped = new VolumePath[files];
    }

    void copied() {
        copied.incrementAndGet();
    }

    /** The conflict policy left file number {@code index}, at {@code source}. */
    void skipped(int index, VolumePath source) {
        skipped[index] = source;
    }

    /** Once every thread of the copy has ended. */
    CopyResult result() {
        return new CopyResult(copied.get(), Arrays.stream(skipped).filter(Objects::nonNull).toList());
    }
}
