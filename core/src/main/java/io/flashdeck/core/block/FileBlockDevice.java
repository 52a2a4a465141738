package io.flashdeck.core.block;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An image file as a block device; reads on demand, never the whole file. */
public final class FileBlockDevice implements BlockDevice {

    private final FileChannel channel;
    private final boolean readOnly;
    private final long size;

    private FileBlockDevice(FileChannel channel, boolean readOnly) throws IOException {
        this.channel = channel;
        this.readOnly = readOnly;
        this.size = channel.size();
    }

    public static FileBlockDevice open(Path file, boolean readOnly) throws IOException {
        FileChannel channel = readOnly
                ? FileChannel.open(file, StandardOpenOption.READ)
                : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new FileBlockDevice(channel, readOnly);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void read(long offset, ByteBuffer dst) throws IOException {
        BlockDevice.checkRange(offset, dst.remaining(), size);
        long position = offset;
        while (dst.hasRemaining()) {
            int n = channel.read(dst, position);
            if (n < 0) {
                throw new IOException("image file ended early at offset " + position);
            }
            position += n;
        }
    }

    /** Lets the system copy (sendfile on Linux): no pass through a Java buffer. */
    @Override
    public void transferTo(long offset, long count, WritableByteChannel target) throws IOException {
        BlockDevice.checkRange(offset, count, size);
        for (long done = 0; done < count; ) {
            long n = channel.transferTo(offset + done, count - done, target);
            if (n <= 0) {
                throw new IOException("image file ended early at offset " + (offset + done));
            }
            done += n;
        }
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        if (readOnly) {
            throw new IOException("the image is open read-only");
        }
        BlockDevice.checkRange(offset, src.remaining(), size);
        long position = offset;
        while (src.hasRemaining()) {
            position += channel.write(src, position);
        }
    }

    @Override
    public void flush() throws IOException {
        if (!readOnly) {
            channel.force(false);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
