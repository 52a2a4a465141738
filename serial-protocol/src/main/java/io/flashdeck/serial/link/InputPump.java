package io.flashdeck.serial.link;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A daemon thread that moves bytes from a blocking source into a {@link ByteQueue}, so that
 * readers of the queue can wait with a timeout even where the source cannot.
 */
final class InputPump {

    /** A blocking read: bytes read, 0 for "nothing yet, ask again", -1 at the end. */
    @FunctionalInterface
    interface Source {
        int read(byte[] buffer) throws IOException;
    }

    private InputPump() {
    }

    /**
     * Starts pumping. When the source ends or fails, the queue ends with the reason that
     * {@code endReason} gives at that moment (it may consult the process or port).
     */
    static Thread start(String threadName, Source source, ByteQueue queue, Supplier<String> endReason) {
        Thread thread = new Thread(() -> pump(source, queue, endReason), threadName);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pump(Source source, ByteQueue queue, Supplier<String> endReason) {
        byte[] buffer = new byte[16 * 1024];
        String failure = null;
        try {
            for (int n = source.read(buffer); n >= 0; n = source.read(buffer)) {
                queue.put(buffer, 0, n);
            }
        } catch (LinkClosedException e) {
            return; // the reading side closed the queue: nobody wants more bytes
        } catch (IOException e) {
            failure = e.getMessage();
        }
        String reason = endReason.get();
        queue.end(failure == null ? reason : reason + " (" + failure + ")");
    }
}
