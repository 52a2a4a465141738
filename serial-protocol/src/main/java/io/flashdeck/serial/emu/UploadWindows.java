package io.flashdeck.serial.emu;

/**
 * The rhythm of credit in the agent's {@code U}: windows of W bytes, of which the first E of the
 * next are granted before the camera writes the current one to its files (their answer waits in
 * the receive buffer meanwhile) and the rest once it reads again. A window with nothing to write
 * is followed by a grant of the whole next one; after the answer marked last, nothing is granted.
 */
final class UploadWindows {

    private final GrantedAnswers answers;
    private final int window;
    private final int early;
    /** How much of the window the host's answers filled. */
    private int filled;
    /** The early part of the next window is granted already. */
    private boolean earlyGranted;

    UploadWindows(ReceiveBuffer input, Console output, int window, int early) {
        this.answers = new GrantedAnswers(input, output, window);
        this.window = window;
        this.early = early;
    }

    /** Replaces the window with the next: the rest of its credit (all of it when none was granted early), the answers, then early credit for the one after. */
    void next() throws PyException {
        answers.grantReading(earlyGranted ? window - early : window);
        filled = receive();
        earlyGranted = filled > 0 && !answers.lastSeen();
        if (earlyGranted) {
            answers.grantLater(early);
        }
    }

    /** True once the window holds the host's last records: when it is used up, the batch is complete. */
    boolean last() {
        return answers.lastSeen();
    }

    /** After a failure: what the host was told it may send must not reach the REPL as code. */
    void drain() {
        answers.drain();
    }

    MemoryView view() {
        return answers.window();
    }

    int filled() {
        return filled;
    }

    /** Any abort from the host ends the call as cancelled. */
    private int receive() throws PyException {
        int n = answers.receive();
        if (n < 0) {
            throw PyException.agent("ECANCELED");
        }
        return n;
    }
}
