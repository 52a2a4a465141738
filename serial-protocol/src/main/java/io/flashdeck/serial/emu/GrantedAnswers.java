package io.flashdeck.serial.emu;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The camera's side of the agent's credit ({@code grant}, {@code answer}, {@code take}): it
 * grants {@code 0x01} + u16 LE k, and the host answers each grant with {@code 'w'} (or
 * {@code 'z'} for the last answer with records) + u16 LE m (m &lt;= k) + m bytes as frames of
 * {@code 'd'} + at most 1024 bytes, or with anything else to give up. Answers go into one window buffer, back to back.
 *
 * <p>The receive buffer sees what the camera does: an answer to a grant the camera reads later
 * waits in its 512 bytes; an answer it reads at once is {@linkplain ReceiveBuffer#expect expected}.
 */
final class GrantedAnswers {

    static final int FRAME = 1024;
    private static final int GRANT = 0x01;
    private static final int ANSWER = 'w';
    private static final int LAST_ANSWER = 'z';
    private static final int DATA = 'd';
    /** {@code 'w'} and the u16 length before an answer's frames. */
    private static final int HEADER = 3;

    private final ReceiveBuffer input;
    private final Console output;
    private final MemoryView window;
    private final Deque<Integer> owed = new ArrayDeque<>();
    /** The agent's {@code z}: an answer so far was marked as the last with records. */
    private boolean lastSeen;

    GrantedAnswers(ReceiveBuffer input, Console output, int window) {
        this.input = input;
        this.output = output;
        this.window = new MemoryView(window);
    }

    /** True once an answer came marked as the last one with records ({@code 'z'}). */
    boolean lastSeen() {
        return lastSeen;
    }

    /** What the last {@link #receive} put into the window (and what earlier ones left behind it). */
    MemoryView window() {
        return window;
    }

    /** Grants {@code k} bytes the camera reads only once it is done with what it is doing. */
    void grantLater(int k) {
        if (k > 0) {
            output.raw(new byte[] {GRANT, (byte) k, (byte) (k >>> 8)});
            owed.addLast(k);
        }
    }

    /** Grants {@code k} bytes the camera reads as they arrive, so they never wait in the receive buffer. */
    void grantReading(int k) {
        if (k > 0) {
            input.expect(HEADER + k + (k + FRAME - 1) / FRAME);
            grantLater(k);
        }
    }

    /**
     * Reads the answers to every open grant into the window from its start: their total length,
     * or -1 when the host gave up (the camera then reads nothing more of what it granted).
     */
    int receive() {
        int n = 0;
        while (!owed.isEmpty()) {
            int k = answer(n, owed.removeFirst());
            if (k < 0) {
                owed.clear();
                n = -1;
                break;
            }
            n += k;
        }
        // the camera stops reading: what comes now waits in the buffer, even bytes a short answer left unclaimed
        input.busy();
        return n;
    }

    /** After a failure: reads the answers still owed (up to one giving up): none may reach the REPL as code. */
    void drain() {
        while (!owed.isEmpty() && answer(0, owed.removeFirst()) >= 0) {
            // each answer is read only to be dropped
        }
        input.busy();
    }

    /** The host's answer to a grant of {@code k}, into the window at {@code at}: its length, or -1. */
    private int answer(int at, int k) {
        int tag = input.next(false);
        if (tag != ANSWER && tag != LAST_ANSWER) {
            return -1;
        }
        lastSeen |= tag == LAST_ANSWER;
        int m = input.next(false) | input.next(false) << 8;
        return m > k || !take(at, m) ? -1 : m;
    }

    /** One answer's frames into the window at {@code [at, at + k)}; false when the host gave up. */
    private boolean take(int at, int k) {
        byte[] bytes = window.array();
        int end = at + k;
        while (at < end) {
            if (input.next(false) != DATA) {
                return false;
            }
            int stop = Math.min(at + FRAME, end);
            while (at < stop) {
                at += input.read(bytes, at, stop - at);
            }
        }
        return true;
    }
}
