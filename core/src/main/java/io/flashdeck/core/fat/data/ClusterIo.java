package io.flashdeck.core.fat.data;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.FatLayout;
import io.flashdeck.core.fat.table.ClusterRun;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * Reads and writes the data clusters. A run of consecutive clusters moves in one device call, which
 * is what makes copying out of an image as fast as copying the image file.
 */
public final class ClusterIo {

    private final BlockDevice device;
    private final FatLayout layout;

    public ClusterIo(BlockDevice device, FatLayout layout) {
        this.device = device;
        this.layout = layout;
    }

    public int clusterBytes() {
        return layout.clusterBytes();
    }

    /** Byte offset of {@code cluster} on the device (checked against the volume). */
    public long offset(long cluster) throws IOException {
        return layout.clusterOffset(cluster);
    }

    /** Fills {@code dst} from the bytes of {@code run} starting {@code skip} bytes into it. */
    public void read(ClusterRun run, long skip, ByteBuffer dst) throws IOException {
        checkInside(run, skip, dst.remaining());
        device.read(offset(run.first()) + skip, dst);
    }

    /** Sends {@code count} bytes of {@code run}, starting {@code skip} bytes into it, to {@code target}. */
    public void transferTo(ClusterRun run, long skip, long count, WritableByteChannel target) throws IOException {
        checkInside(run, skip, count);
        device.transferTo(offset(run.first()) + skip, count, target);
    }

    /** Writes {@code src} into {@code run} starting {@code skip} bytes into it. */
    public void write(ClusterRun run, long skip, ByteBuffer src) throws IOException {
        checkInside(run, skip, src.remaining());
        device.write(offset(run.first()) + skip, src);
    }

    /** Fills {@code cluster} with zero bytes. */
    public void zero(long cluster) throws IOException {
        device.write(offset(cluster), ByteBuffer.allocate(layout.clusterBytes()));
    }

    private void checkInside(ClusterRun run, long skip, long length) throws IOException {
        offset(run.last());
        if (skip < 0 || skip + length > run.length() * layout.clusterBytes()) {
            throw new IllegalArgumentException(length + " bytes at " + skip + " do not fit a run of "
                    + run.length() + " clusters");
        }
    }
}
