package io.flashdeck.core.transfer;

import io.flashdeck.core.testing.ForwardingVolume;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real volume that counts the writes in flight at once and can hold or fail chosen writes, to
 * see how a copy spreads its files over threads. It allows concurrent use when told to.
 */
final class WatchedVolume extends ForwardingVolume {

    /** Runs as a write starts, on the writing thread. */
    @FunctionalInterface
    interface BeforeWrite {
        void accept(VolumePath file) throws IOException;
    }

    private final boolean concurrent;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private volatile BeforeWrite beforeWrite = file -> { };

    WatchedVolume(Volume delegate, boolean concurrent) {
        super(delegate);
        this.concurrent = concurrent;
    }

    WatchedVolume beforeWrite(BeforeWrite hook) {
        beforeWrite = hook;
        return this;
    }

    /** The most writes that were in flight at one moment. */
    int mostInFlight() {
        return mostInFlight.get();
    }

    /** Writes started so far. */
    int started() {
        return started.get();
    }

    @Override
    public boolean allowsConcurrentUse() {
        return concurrent;
    }

    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        started.incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            beforeWrite.accept(file);
            super.write(file, content, length, options);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
