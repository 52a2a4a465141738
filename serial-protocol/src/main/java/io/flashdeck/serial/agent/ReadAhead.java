package io.flashdeck.serial.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * The files of a download batch, read from the link on a thread of their own while the reader
 * writes the ones before them: the link stays busy while the host creates files. At most
 * {@link #LIMIT} bytes wait between the two. The reading thread owns the device until the batch
 * has ended; {@link #finish} waits for that.
 */
final class ReadAhead {

    /** Bytes read but not yet taken by the reader. */
    static final int LIMIT = 256 * 1024;

    /** Reads one file of the batch, window by window, from the link. */
    @FunctionalInterface
    interface FileSource {
        /** The file's download, or an exception once the device says it cannot be read. */
        Download open(int index) throws IOException;
    }

    /** What the reading thread hands over: a window of a file, a file's end, the batch's end or failure. */
    private record Item(int file, byte[] window, Throwable failure) {
    }

    private static final Item DONE = new Item(-1, null, null);

    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(LIMIT);
    private final Thread reader;
    private Item pending;

    private ReadAhead(FileSource source, int files) {
        this.reader = new Thread(() -> readAll(source, files), "flashdeck-download-ahead");
        reader.setDaemon(true);
    }

    /** Starts reading {@code files} files from {@code source}. */
    static ReadAhead start(FileSource source, int files) {
        ReadAhead ahead = new ReadAhead(source, files);
        ahead.reader.start();
        return ahead;
    }

    /**
     * File {@code index}'s content, to be read before the next file's, once it has started to
     * arrive; a failure of the transfer (this file missing, a cut link) is thrown here or from the
     * stream.
     */
    InputStream file(int index) throws IOException {
        Item first = peek();
        if (first.failure() != null) {
            throw rethrown(first.failure());
        }
        return new WindowStream() {
            @Override
            protected byte[] nextWindow() throws IOException {
                return ReadAhead.this.nextWindow(index);
            }
        };
    }

    /** Drops what is left of file {@code index}. */
    void skipRest(int index) throws IOException {
        while (nextWindow(index) != null) {
            // dropped
        }
    }

    /**
     * Drops everything still coming and waits until the device is back at its prompt; throws the
     * transfer's failure, if there was one.
     */
    void finish() throws IOException {
        Item item = next();
        while (item != DONE && item.failure() == null) {
            release(item);
            item = next();
        }
        join();
        if (item.failure() != null) {
            throw rethrown(item.failure());
        }
    }

    /** The next window of file {@code index}, or null at its end. */
    private byte[] nextWindow(int index) throws IOException {
        Item item = peek();
        if (item.failure() != null) {
            throw rethrown(item.failure()); // left waiting for finish()
        }
        if (item == DONE || item.file() != index) {
            return null; // left waiting for the next file
        }
        pending = null;
        if (item.window() == null) {
            return null; // the file's end
        }
        release(item);
        return item.window();
    }

    private void readAll(FileSource source, int files) {
        try {
            for (int i = 0; i < files; i++) {
                Download download = source.open(i);
                for (byte[] window = download.next(); window != null; window = download.next()) {
                    room.acquire(window.length); // a window is at most 64 KiB, well below the limit
                    items.add(new Item(i, window, null));
                }
                items.add(new Item(i, null, null));
            }
            items.add(DONE);
        } catch (IOException | RuntimeException | Error | InterruptedException e) {
            items.add(new Item(-1, null, e));
        }
    }

    /** The next item, left waiting to be taken. */
    private Item peek() throws InterruptedIOException {
        if (pending == null) {
            pending = take();
        }
        return pending;
    }

    /** The next item, taken. */
    private Item next() throws InterruptedIOException {
        Item item = peek();
        pending = null;
        return item;
    }

    private Item take() throws InterruptedIOException {
        try {
            return items.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the device");
        }
    }

    private void release(Item item) {
        if (item.window() != null) {
            room.release(item.window().length);
        }
    }

    private void join() throws InterruptedIOException {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the device");
        }
    }

    /** The reading thread's failure, to be thrown on this one. */
    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new InterruptedIOException("the download was interrupted");
    }
}
