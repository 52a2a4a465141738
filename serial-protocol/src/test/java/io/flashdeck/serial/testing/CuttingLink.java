package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.LinkClosedException;
import java.io.IOException;
import java.time.Duration;

/**
 * The host's view of a link that can be cut after a number of bytes (both directions counted): the
 * write that crosses the limit delivers only its first part, and from then on every read and
 * write fails as an unplugged port does. The device behind it keeps running, as a camera does
 * when its USB cable is pulled and put back, so a new connection over the same underlying link
 * finds it in whatever state the cut left it. Closing this view leaves the underlying link open.
 */
public final class CuttingLink extends ForwardingLink {

    private long budget;
    private boolean cut;

    /** A view that passes everything until {@link #cutAfter} is called. */
    public CuttingLink(Link link) {
        super(link);
        this.budget = Long.MAX_VALUE;
    }

    /** From now on, {@code bytes} more bytes cross (either way), then the link is cut. */
    public synchronized void cutAfter(long bytes) {
        budget = bytes;
    }

    public synchronized boolean isCut() {
        return cut;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int allowed;
        synchronized (this) {
            checkNotCut();
            if (budget == 0) {
                cut = true;
                checkNotCut();
            }
            allowed = (int) Math.min(length, budget);
        }
        int n = link.read(buffer, offset, allowed, timeout);
        synchronized (this) {
            budget -= n;
        }
        return n;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        int allowed;
        synchronized (this) {
            checkNotCut();
            allowed = (int) Math.min(length, budget);
            budget -= allowed;
        }
        link.write(buffer, offset, allowed);
        if (allowed < length) {
            synchronized (this) {
                cut = true;
            }
            checkNotCut();
        }
    }

    @Override
    public String name() {
        return link.name() + " (cut after a budget of bytes)";
    }

    @Override
    public synchronized void close() {
        cut = true;
    }

    private void checkNotCut() throws LinkClosedException {
        if (cut) {
            throw new LinkClosedException(name() + " was cut");
        }
    }
}
