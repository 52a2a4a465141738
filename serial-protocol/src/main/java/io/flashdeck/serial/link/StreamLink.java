package io.flashdeck.serial.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A pair of streams as a link, such as this process's standard input and output when FlashDeck
 * serves the virtual camera on them ({@code flashdeck emulate --stdio}). Writes are flushed at
 * once; the end of the input ends the link.
 */
public final class StreamLink extends QueuedLink {

    private final OutputStream out;

    private StreamLink(String name, InputStream in, OutputStream out) {
        super(name, new ByteQueue(INCOMING_CAPACITY));
        this.out = out;
        InputPump.start("link-in " + name, in::read, incoming, () -> name + " ended");
    }

    public static StreamLink of(String name, InputStream in, OutputStream out) {
        return new StreamLink(name, in, out);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        String ended = incoming.endReason();
        if (ended != null) {
            throw new LinkClosedException(ended);
        }
        try {
            out.write(buffer, offset, length);
            out.flush();
        } catch (IOException e) {
            throw new LinkClosedException(name() + " cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        incoming.end(name() + " is closed");
    }
}
