package io.flashdeck.serial.bench;

import io.flashdeck.serial.testing.CountingLink;
import java.io.IOException;

/** Times a piece of work and reads off what it put on the counted link. */
final class Meter {

    /** Work that moves {@code payload} bytes over the link. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private final CountingLink link;

    Meter(CountingLink link) {
        this.link = link;
    }

    Measurement measure(long payload, Work work) throws IOException {
        long wire = link.total();
        long turnarounds = link.turnarounds();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement(seconds, payload, link.total() - wire, link.turnarounds() - turnarounds);
    }
}
