package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.VolumePath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts what a copy did with its files, from any of its threads; the skipped ones come out in
 * tree order, by the index each file has in it.
 */
final class CopyTally {

    private final AtomicInteger copied = new AtomicInteger();
    private final Map<Integer, VolumePath> skipped = new ConcurrentSkipListMap<>();

    void copied() {
        copied.incrementAndGet();
    }

    /** The conflict policy left file number {@code index}, at {@code source}. */
    void skipped(int index, VolumePath source) {
        skipped.put(index, source);
    }

    /** Once every thread of the copy has ended. */
    CopyResult result() {
        return new CopyResult(copied.get(), List.copyOf(skipped.values()));
    }
}
