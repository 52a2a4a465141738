package io.flashdeck.serial.emu;

import java.io.InputStream;

/**
 * The records of one {@code U} call ({@code feed}), read from the host's answers window by
 * window: {@code 'h'} + u16 LE n + path (n bytes) + u32 LE size opens a file whose next size
 * bytes are its data, {@code 'c'} + SHA-256 commits it (the camera prints {@code 0x06} once it is
 * in place); the batch is complete when the answer marked last is used up. Any other byte, a
 * record other than the commit after a file's data, or a last answer ending inside a file is
 * {@code fd:EPROTO}. Only file data runs on into the next window: a record that overruns the
 * answers reads what the window held before, as the agent does.
 */
final class UploadFeed {

    private static final int OPEN = 'h';
    private static final int COMMIT = 'c';
    private static final int PLACED = 0x06;
    private static final int DIGEST_LENGTH = 32;
    /** {@code 'h'}, the u16 path length and the u32 size around the path. */
    private static final int OPEN_LENGTH = 7;

    private final UploadWindows windows;
    private final AgentFiles files;
    private final Leftovers leftovers;
    private final Console output;
    /** Where the next record or data byte starts in the window. */
    private int at;
    /** The agent's {@code b}: the file whose header came last, until it is in place. */
    private IncomingFile current;

    UploadFeed(UploadWindows windows, AgentFiles files, Leftovers leftovers, Console output) {
        this.windows = windows;
        this.files = files;
        this.leftovers = leftovers;
        this.output = output;
    }

    /** Takes records up to the end of the last answer; the first failure ends the batch with its error. */
    void feed() throws PyException {
        while (true) {
            if (at >= windows.filled() && windows.last()) {
                if (current != null) {
                    throw PyException.agent("EPROTO"); // the last answer ended inside a file
                }
                return;
            }
            awaitData();
            MemoryView view = windows.view();
            int record = view.at(at);
            if (current != null) {
                if (record != COMMIT) {
                    throw PyException.agent("EPROTO"); // a file's data is followed by its commit
                }
                commit(view);
            } else if (record == OPEN) {
                open(view);
            } else {
                throw PyException.agent("EPROTO");
            }
        }
    }

    /** {@code drop}: the temporary file of a file that was not placed. */
    void drop() throws PyException {
        IncomingFile left = current;
        current = null;
        if (left != null) {
            left.drop();
        }
    }

    private void open(MemoryView view) throws PyException {
        int n = view.at(at + 1) | view.at(at + 2) << 8;
        at += OPEN_LENGTH + n;
        byte[] path = view.slice(at - 4 - n, at - 4);
        long size = view.littleEndian(at - 4, at);
        current = IncomingFile.open(files, leftovers, path, size);
        current.receive(new FileData(size), size);
    }

    private void commit(MemoryView view) throws PyException {
        current.commit(view.slice(at + 1, at + 1 + DIGEST_LENGTH));
        current = null;
        output.raw(new byte[] {PLACED});
        at += 1 + DIGEST_LENGTH;
    }

    /** Moves on to the next window once this one is used up (or overrun by a record). */
    private void awaitData() throws PyException {
        while (at >= windows.filled()) {
            if (windows.last()) {
                throw PyException.agent("EPROTO"); // the last answer ended inside a record
            }
            windows.next();
            at = 0;
        }
    }

    /** A file's data as the FAT engine pulls it: the rest of this window, then as much of the next ones as it needs. */
    private final class FileData extends InputStream {

        private long left;

        FileData(long size) {
            this.left = size;
        }

        @Override
        public int read() throws PyException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws PyException {
            if (left == 0) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            awaitData();
            int n = (int) Math.min(Math.min(length, left), windows.filled() - at);
            System.arraycopy(windows.view().array(), at, target, offset, n);
            at += n;
            left -= n;
            return n;
        }
    }
}
