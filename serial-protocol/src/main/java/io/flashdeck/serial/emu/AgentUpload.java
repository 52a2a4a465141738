package io.flashdeck.serial.emu;

/**
 * The agent's {@code U}: several files in one call, their records read with Ctrl-C disabled (a
 * {@code 0x03} in the data is data). The first failure ends the call with its error, after the
 * answers the host still owes are read; files placed before it stay, and the temporary file of
 * the one it hit is removed.
 */
final class AgentUpload {

    private final AgentFiles files;
    private final Leftovers leftovers;
    private final ReceiveBuffer input;
    private final Console output;

    AgentUpload(AgentFiles files, Leftovers leftovers, ReceiveBuffer input, Console output) {
        this.files = files;
        this.leftovers = leftovers;
        this.input = input;
        this.output = output;
    }

    void run(int window, int early) throws PyException {
        UploadWindows windows = new UploadWindows(input, output, window, early);
        UploadFeed batch = new UploadFeed(windows, files, leftovers, output);
        input.setInterruptEnabled(false); // micropython.kbd_intr(-1)
        try {
            try {
                batch.feed();
            } catch (PyException e) {
                // nothing is owed after the host gave up (ECANCELED): then this reads nothing
                windows.drain();
                throw e;
            }
        } finally {
            input.setInterruptEnabled(true);
            batch.drop();
        }
    }
}
