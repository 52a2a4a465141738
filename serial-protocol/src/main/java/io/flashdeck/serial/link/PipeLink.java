package io.flashdeck.serial.link;

import java.io.IOException;
import java.util.Objects;

/**
 * One end of an in-memory byte pipe: what one end writes, the other reads. For tests and for
 * devices modelled in this process.
 */
public final class PipeLink extends QueuedLink {

    /** The two ends of a pipe, for example a host and the device it talks to. */
    public record Pair(PipeLink host, PipeLink device) {
    }

    private PipeLink peer;

    private PipeLink(String name) {
        super(name, new ByteQueue(INCOMING_CAPACITY));
    }

    public static Pair pair(String name) {
        PipeLink host = new PipeLink(name + " (host end)");
        PipeLink device = new PipeLink(name + " (device end)");
        host.peer = device;
        device.peer = host;
        return new Pair(host, device);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (incoming.endReason() != null) {
            throw new LinkClosedException(name() + " is closed");
        }
        peer.incoming.put(buffer, offset, length);
    }

    /** Closes both directions: this end reads no more, the peer reads what is left and then the end. */
    @Override
    public void close() {
        incoming.end(name() + " is closed");
        peer.incoming.end(name() + " was closed by the other side");
    }
}
