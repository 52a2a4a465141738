package io.flashdeck.core.block;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A view of a device that also closes what it was cut from: a partition of an image file that
 * is used on its own, so closing the volume on it closes the file.
 */
public final class ClosingBlockDevice implements BlockDevice {

    private final BlockDevice view;
    private final Closeable owner;

    public ClosingBlockDevice(BlockDevice view, Closeable owner) {
        this.view = view;
        this.owner = owner;
    }

    @Override
    public long size() {
        return view.size();
    }

    @Override
    public boolean isReadOnly() {
        return view.isReadOnly();
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        view.read(offset, dst);
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        view.write(offset, src);
    }

    @Override
    public void flush() throws IOException {
        view.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            view.close();
        } finally {
            owner.close();
        }
    }
}
