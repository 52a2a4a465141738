package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.Sha256;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The receiving half of the agent's upload ({@code u}), as a stream the FAT engine writes from:
 * window by window, the camera grants credit ({@code 0x01} + u16 LE) and reads exactly the framed
 * bytes it granted ({@code 'd'} + at most 1024 bytes per frame). The first {@code early} bytes of
 * the next window are granted before the current one goes to the file (they wait in the receive
 * buffer); the rest only once the camera reads again. Any other byte where a frame should start
 * cancels. After the last frame the host commits: {@code 'c'} and its SHA-256.
 */
final class FrameReceiver extends InputStream {

    static final int FRAME = 1024;
    private static final int DATA = 'd';
    private static final int GRANT = 0x01;
    private static final int COMMIT = 'c';
    private static final int DIGEST_LENGTH = 32;

    private final ReceiveBuffer input;
    private final Console output;
    private final int window;
    private final int early;
    private final byte[] buffer;
    private final MessageDigest digest = Sha256.create();
    private final Deque<Integer> owed = new ArrayDeque<>();
    private final long size;
    /** Bytes granted so far; -1 once nothing more is owed (all read, or the host gave up). */
    private long granted;
    private long left;
    /** Size of the window to receive next; 0 at the end. */
    private int next;
    /** The part of the next window still to grant once the current one is written. */
    private int rest;
    private boolean started;
    private int position;
    private int limit;

    FrameReceiver(ReceiveBuffer input, Console output, long size, int window, int early) {
        this.input = input;
        this.output = output;
        this.window = window;
        this.early = early;
        this.size = size;
        this.left = size;
        this.next = (int) Math.min(window, size);
        this.buffer = new byte[Math.max(1, next)];
    }

    @Override
    public int read() throws PyException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws PyException {
        if (position == limit) {
            if (next == 0) {
                return -1;
            }
            receiveWindow();
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    /** An empty file is granted nothing, once: the host's cue to commit. */
    void grantIfEmpty() {
        if (size == 0) {
            output.raw(new byte[] {GRANT, 0, 0});
        }
    }

    /** SHA-256 of everything received. */
    byte[] digest() {
        return digest.digest();
    }

    /** Once all data is in: the host's SHA-256 after its {@code 'c'}, or null when it did not commit. */
    byte[] commit() {
        granted = -1;
        if (input.next(false) != COMMIT) {
            return null;
        }
        byte[] theirs = new byte[DIGEST_LENGTH];
        for (int at = 0; at < theirs.length; ) {
            at += input.read(theirs, at, theirs.length - at);
        }
        return theirs;
    }

    /**
     * After a failure: reads what the host was told it may send (the granted frames, and after
     * the last of them its commit), so none of it reaches the REPL as code.
     */
    void drainOwed() {
        boolean taken = granted >= 0;
        while (taken && !owed.isEmpty()) {
            taken = take(owed.removeFirst(), 0);
        }
        if (taken && granted == size) {
            commit();
        }
        input.busy();
    }

    private void receiveWindow() throws PyException {
        grantReading(started ? rest : next);
        started = true;
        int n = next;
        int at = 0;
        while (!owed.isEmpty()) {
            int k = owed.removeFirst();
            if (!take(k, at)) {
                owed.clear();
                granted = -1;
                input.busy();
                throw PyException.agent("ECANCELED");
            }
            at += k;
        }
        digest.update(buffer, 0, n);
        position = 0;
        limit = n;
        left -= n;
        next = (int) Math.min(window, left);
        int first = Math.min(early, next);
        grant(first); // waits in the receive buffer while this window is written
        rest = next - first;
    }

    /** Grants bytes the camera reads at once: they never wait in the receive buffer. */
    private void grantReading(int k) {
        if (k > 0) {
            input.expect(k + (k + FRAME - 1) / FRAME);
            grant(k);
        }
    }

    private void grant(int k) {
        if (k > 0) {
            granted += k;
            output.raw(new byte[] {GRANT, (byte) k, (byte) (k >>> 8)});
            owed.addLast(k);
        }
    }

    /** One granted run of frames into {@code buffer[at, at + k)}; false when the host gave up. */
    private boolean take(int k, int at) {
        int end = at + k;
        while (at < end) {
            if (input.next(false) != DATA) {
                return false;
            }
            int stop = Math.min(at + FRAME, end);
            while (at < stop) {
                at += input.read(buffer, at, stop - at);
            }
        }
        return true;
    }
}
