package io.flashdeck.serial.agent;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * The record stream of an upload batch (the agent's {@code U}): for each file a header, its data
 * and a commit with the SHA-256 of what was sent, cut into the pieces the device grants. Headers and commits are never split between two pieces (the device parses
 * each window whole); data is. Each file's content is opened when its header goes out and
 * closed after its last byte.
 */
final class UploadRecords implements Closeable {

    /** The record bytes around a path: tag, u16 path length, then the u32 size. */
    static final int HEADER_OVERHEAD = 7;
    private static final int COMMIT_LENGTH = 1 + Wire.DIGEST_LENGTH;

    private final List<UploadItem> items;
    private final List<String> displays;
    private int opened;
    private UploadItem current;
    private InputStream content;
    private MessageDigest digest;
    private long sent;
    private IOException failure;

    UploadRecords(List<UploadItem> items, List<String> displays) {
        this.items = items;
        this.displays = displays;
    }

    /** How many files the batch holds. */
    int size() {
        return items.size();
    }

    /** True once every file's records went out. */
    boolean done() {
        return opened == items.size() && current == null;
    }

    /** Index of the file whose header went out last: the one a failure of the content belongs to. */
    int lastOpened() {
        return opened - 1;
    }

    /** Why the records stopped: the content of the last opened file failed. Null while all is well. */
    IOException failure() {
        return failure;
    }

    /**
     * Fills {@code piece} with the next records and returns how many bytes (0 when the next
     * header does not fit). When a file's content fails, the piece ends before that file's
     * header, so the files before it still arrive whole, and {@link #failure()} says why.
     */
    int fill(byte[] piece) {
        int at = 0;
        int fileStart = 0;
        try {
            while (at < piece.length && !done() && failure == null) {
                int room = piece.length - at;
                if (current != null && sent < current.length()) {
                    at += data(piece, at, (int) Math.min(room, current.length() - sent));
                } else if (current != null) {
                    if (room < COMMIT_LENGTH) {
                        break;
                    }
                    piece[at] = Wire.COMMIT;
                    System.arraycopy(digest.digest(), 0, piece, at + 1, Wire.DIGEST_LENGTH);
                    at += COMMIT_LENGTH;
                    closeContent();
                    current = null;
                } else {
                    UploadItem item = items.get(opened);
                    if (room < HEADER_OVERHEAD + item.path().length) {
                        break;
                    }
                    fileStart = at;
                    at += header(piece, at, item);
                    open(item);
                }
            }
        } catch (IOException e) {
            failure = e;
            return fileStart;
        }
        return at;
    }

    private int data(byte[] piece, int at, int n) throws IOException {
        int got = content.readNBytes(piece, at, n);
        if (got < n) {
            throw new IOException("the content for " + displays.get(lastOpened()) + " ended after "
                    + (sent + got) + " of " + current.length() + " bytes; nothing was written");
        }
        digest.update(piece, at, n);
        sent += n;
        current.progress().accept(sent);
        return n;
    }

    private static int header(byte[] piece, int at, UploadItem item) {
        byte[] path = item.path();
        piece[at] = Wire.HEADER;
        Wire.putLittleEndian(piece, at + 1, path.length, 2);
        System.arraycopy(path, 0, piece, at + 3, path.length);
        Wire.putLittleEndian(piece, at + 3 + path.length, item.length(), 4);
        return HEADER_OVERHEAD + path.length;
    }

    private void open(UploadItem item) throws IOException {
        opened++;
        current = item;
        sent = 0;
        digest = Sha256.create();
        content = item.content().open();
    }

    private void closeContent() throws IOException {
        InputStream done = content;
        content = null;
        if (done != null) {
            done.close();
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
