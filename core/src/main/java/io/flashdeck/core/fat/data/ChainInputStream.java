package io.flashdeck.core.fat.data;

import io.flashdeck.core.fat.Damage;
import io.flashdeck.core.fat.table.ChainCursor;
import io.flashdeck.core.fat.table.ClusterRun;
import io.flashdeck.core.fat.table.FatTable;
import io.flashdeck.core.volume.ChannelContent;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The content of a file: {@code size} bytes read from its cluster chain, each read served by one
 * device call for as much of a run of consecutive clusters as the caller asked for. Sent to a
 * channel, each run goes in one device transfer.
 */
public final class ChainInputStream extends InputStream implements ChannelContent {

    /** How far ahead the chain is walked at a time; bounds the table reads before the first byte. */
    private static final long RUN_LOOKAHEAD_BYTES = 8L << 20;
    private static final int TRANSFER_BUFFER_BYTES = 1 << 20;

    private final ClusterIo clusters;
    /** Where damage is reported as found: the file's path, spelled out only then. */
    private final Object place;
    private final ChainCursor cursor;
    private final long size;
    private final long maxRunClusters;
    private long position;
    private ClusterRun run;
    private long runPosition;

    /**
     * The {@code size} bytes of the chain at {@code firstCluster}; damage is reported as found in
     * {@code place} (a path, or what prints as one).
     */
    public ChainInputStream(FatTable fat, ClusterIo clusters, long firstCluster, long size, Object place)
            throws IOException {
        this.clusters = clusters;
        this.place = place;
        long fileClusters = (size + clusters.clusterBytes() - 1) / clusters.clusterBytes();
        try {
            this.cursor = new ChainCursor(fat, firstCluster, fileClusters);
        } catch (CorruptVolumeException e) {
            throw Damage.in(place, e);
        }
        this.size = size;
        this.maxRunClusters = Math.max(1, RUN_LOOKAHEAD_BYTES / clusters.clusterBytes());
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, leftInRun());
        clusters.read(run, runPosition, ByteBuffer.wrap(buffer, offset, count));
        advance(count);
        return count;
    }

    @Override
    public long transferTo(WritableByteChannel target, long count) throws IOException {
        if (count <= 0 || position >= size) {
            return 0;
        }
        long sent = Math.min(count, leftInRun());
        clusters.transferTo(run, runPosition, sent, target);
        advance(sent);
        return sent;
    }

    /** The bytes of the file left in the current run, moving to the next run when this one is done. */
    private long leftInRun() throws IOException {
        if (run == null || runPosition == run.length() * clusters.clusterBytes()) {
            nextRun();
        }
        return Math.min(size - position, run.length() * clusters.clusterBytes() - runPosition);
    }

    private void advance(long count) {
        runPosition += count;
        position += count;
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[(int) Math.min(TRANSFER_BUFFER_BYTES, Math.max(1, size - position))];
        long total = 0;
        for (int n; (n = read(buffer, 0, buffer.length)) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    private void nextRun() throws IOException {
        try {
            run = cursor.nextRun(maxRunClusters);
        } catch (CorruptVolumeException e) {
            throw Damage.in(place, e);
        }
        runPosition = 0;
        if (run == null) {
            throw new CorruptVolumeException(place + ": the cluster chain of a " + size + "-byte file ends after "
                    + position + " bytes");
        }
    }
}
