package io.flashdeck.core.block;


import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A device that passes every call to another; wrappers override the calls they change or watch.
 * Transfers are not passed on but go through {@link #read}, so a wrapper that watches or
 * disturbs reads sees every byte; one that leaves reads alone may pass them on.
 */
public abstract class ForwardingBlockDevice implements BlockDevice {

    protected final BlockDevice base;

    protected ForwardingBlockDevice(BlockDevice base) {
        this.base = base;
    }

    @Override
    public long size() {
        return base.size();
    }

    @Override
    public boolean isReadOnly() {
        return base.isReadOnly();
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        base.read(offset, dst);
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        base.write(offset, src);
    }

    @Override
    public void flush() throws IOException {
        base.flush();
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
