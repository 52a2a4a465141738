package io.flashdeck.core.testing;

import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A real volume whose writes go wrong on purpose: the content stream breaks after a byte budget
 * (a cut link or a dying disk), or one byte is flipped on its way in (silent corruption).
 */
public final class FaultyVolume extends ForwardingVolume {

    private long bytesBeforeFailure = Long.MAX_VALUE;
    private boolean corrupting;
    private VolumePath failingRename;

    public FaultyVolume(Volume delegate) {
        super(delegate);
    }

    /** Every write stream fails once this many bytes have gone through writes overall. */
    public FaultyVolume failAfter(long bytes) {
        bytesBeforeFailure = bytes;
        return this;
    }

    /** Every written file gets its first byte flipped. */
    public FaultyVolume corrupting() {
        corrupting = true;
        return this;
    }

    /** Renames whose source is {@code from} fail. */
    public FaultyVolume failRenamesFrom(VolumePath from) {
        failingRename = from;
        return this;
    }

    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        super.write(file, new Disturbed(content), length, options);
    }

    @Override
    public void rename(VolumePath from, VolumePath to) throws IOException {
        if (from.equals(failingRename)) {
            throw new IOException("injected rename failure for " + from);
        }
        super.rename(from, to);
    }

    private final class Disturbed extends FilterInputStream {
        private boolean first = true;

        Disturbed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (bytesBeforeFailure <= 0) {
                throw new IOException("injected write failure");
            }
            int n = super.read(buffer, offset, (int) Math.min(length, bytesBeforeFailure));
            if (n > 0) {
                bytesBeforeFailure -= n;
                if (corrupting && first) {
                    buffer[offset] ^= 0x5A;
                }
                first = false;
            }
            return n;
        }
    }
}
