package io.flashdeck.serial.emu;

/**
 * The rhythm of credit in the agent's {@code U}: windows of W bytes, of which the first E of the
 * next are granted before the camera writes the current one to its files (their answer waits in
 * the receive buffer meanwhile) and the rest once it reads again. After the end record only that
 * early grant is open; the host answers it empty.
 */
final class UploadWindows {

    private final GrantedAnswers answers;
    private final int window;
    private final int early;
    /** How much of the window the host's answers filled. */
    private int filled;

    UploadWindows(ReceiveBuffer input, Console output, int window, int early) {
        this.answers = new GrantedAnswers(input, output, window);
        this.window = window;
        this.early = early;
    }

    /** The first window, granted as any other; with nothing to write first, the camera reads its early part at once. */
    void start() throws PyException {
        answers.grantReading(early);
        next();
    }

    /** Replaces the window with the next: the rest of its credit, the answers, then early credit for the one after. */
    void next() throws PyException {
        answers.grantReading(window - early);
        filled = receive();
        answers.grantLater(early);
    }

    /** After the end record: the answer to the early grant still open. */
    void finish() throws PyException {
        receive();
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

    /** Any abort from the host before the camera is done ends the call as cancelled. */
    private int receive() throws PyException {
        int n = answers.receive();
        if (n < 0) {
            throw PyException.agent("ECANCELED");
        }
        return n;
    }
}
