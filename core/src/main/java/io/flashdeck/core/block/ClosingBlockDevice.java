package io.flashdeck.core.block;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * A view of a device that also closes what it was cut from: a partition of an image file that
 * is used on its own, so closing the volume on it closes the file.
 */
public final class ClosingBlockDevice extends ForwardingBlockDevice {

    private final Closeable owner;

    public ClosingBlockDevice(BlockDevice view, Closeable owner) {
        super(view);
        this.owner = owner;
    }

    /** Reads pass through unchanged, so transfers may too (a watching wrapper would see them as reads). */
    @Override
    public void transferTo(long offset, long count, WritableByteChannel target) throws IOException {
        base.transferTo(offset, count, target);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            owner.close();
        }
    }
}
