package io.flashdeck.app.gui.camera;

import io.flashdeck.serial.link.ForwardingLink;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.LinkClosedException;
import java.io.IOException;
import java.time.Duration;

/**
 * A camera link that remembers when it was lost (the cable pulled, the camera restarted): the
 * session on it is then dead for good, and the next use of the camera connects anew.
 */
final class LossWatchingLink extends ForwardingLink {

    private volatile boolean lost;

    LossWatchingLink(Link link) {
        super(link);
    }

    boolean isLost() {
        return lost;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        try {
            return link.read(buffer, offset, length, timeout);
        } catch (LinkClosedException e) {
            lost = true;
            throw e;
        }
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        try {
            link.write(buffer, offset, length);
        } catch (LinkClosedException e) {
            lost = true;
            throw e;
        }
    }
}
