package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.ChannelContent;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.WritableByteChannel;

/**
 * Lets another thread stop a copy. The copy notices it where it reads its source: the read fails
 * with {@link CopyCancelledException}, and since every volume's {@code write} treats a failing
 * source like a cut link, the file being written is left out (the old one, if any, stays) and no
 * temporary file remains. Files already complete stay.
 */
public final class Cancellation {

    /** For copies nobody cancels. */
    public static final Cancellation NEVER = new Cancellation();

    private volatile boolean cancelled;

    /** Asks the copy to stop; safe from any thread, and more than once. */
    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws when cancelled: between files, before the next one starts. */
    public void check() throws CopyCancelledException {
        if (cancelled) {
            throw new CopyCancelledException();
        }
    }

    /**
     * {@code source} failing at its next read once cancelled; a source that can send itself to a
     * channel keeps that ability (and is watched there too), and one nobody can cancel is left as it is.
     */
    InputStream watch(InputStream source) {
        if (this == NEVER) {
            return source;
        }
        return source instanceof ChannelContent direct ? new WatchedChannel(source, direct) : new Watched(source);
    }

    private class Watched extends FilterInputStream {

        Watched(InputStream source) {
            super(source);
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            return super.read(buffer, offset, length);
        }
    }

    private final class WatchedChannel extends Watched implements ChannelContent {

        private final ChannelContent direct;

        WatchedChannel(InputStream source, ChannelContent direct) {
            super(source);
            this.direct = direct;
        }

        @Override
        public long transferTo(WritableByteChannel target, long count) throws IOException {
            check();
            return direct.transferTo(target, count);
        }
    }
}
