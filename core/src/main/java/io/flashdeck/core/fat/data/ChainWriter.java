package io.flashdeck.core.fat.data;

import io.flashdeck.core.fat.table.ClusterAllocator;
import io.flashdeck.core.fat.table.ClusterRun;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Stores a stream in clusters nobody refers to yet: the first half of a power-cut-safe write. The
 * caller links the returned chain into a directory entry only once it is complete; a failure part
 * way (short stream, device error) gives the clusters back and leaves the volume as it was.
 */
public final class ChainWriter {

    private static final int BUFFER_BYTES = 4 << 20;

    private final ClusterAllocator allocator;
    private final ClusterIo clusters;

    public ChainWriter(ClusterAllocator allocator, ClusterIo clusters) {
        this.allocator = allocator;
        this.clusters = clusters;
    }

    /**
     * Writes exactly {@code length} bytes of {@code content} into new clusters and returns the
     * first one (0 for an empty file).
     */
    public long write(InputStream content, long length, LongConsumer progress) throws IOException {
        int clusterBytes = clusters.clusterBytes();
        long neededBytes = clustersFor(length) * clusterBytes;
        byte[] buffer = new byte[(int) Math.min(neededBytes, Math.max(clusterBytes, BUFFER_BYTES / clusterBytes * clusterBytes))];
        long first = 0;
        long tail = 0;
        long written = 0;
        try {
            while (written < length) {
                ClusterRun run = allocator.allocate(Math.min(clustersFor(length - written), buffer.length / clusterBytes));
                if (first == 0) {
                    first = run.first();
                } else {
                    allocator.link(tail, run.first());
                }
                tail = run.last();
                int runBytes = (int) (run.length() * clusterBytes);
                int dataBytes = (int) Math.min(runBytes, length - written);
                readFully(content, buffer, dataBytes, written, length);
                Arrays.fill(buffer, dataBytes, runBytes, (byte) 0);
                clusters.write(run, 0, ByteBuffer.wrap(buffer, 0, runBytes));
                written += dataBytes;
                progress.accept(written);
            }
        } catch (IOException | RuntimeException e) {
            giveBack(first, e);
            throw e;
        }
        return first;
    }

    /** Clusters a file of {@code bytes} bytes occupies. */
    public long clustersFor(long bytes) {
        return (bytes + clusters.clusterBytes() - 1) / clusters.clusterBytes();
    }

    private void giveBack(long first, Exception failure) {
        if (first == 0) {
            return;
        }
        try {
            allocator.free(first);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void readFully(InputStream in, byte[] buffer, int count, long before, long total)
            throws IOException {
        int done = 0;
        while (done < count) {
            int n = in.read(buffer, done, count - done);
            if (n < 0) {
                throw new EOFException("the content ended after " + (before + done) + " of " + total + " bytes");
            }
            done += n;
        }
    }
}
