package io.flashdeck.serial.emu;

/**
 * The agent's {@code put(p, size, win, early)}: checks the target, receives the content into a
 * temporary file beside it with Ctrl-C disabled, sends {@code 0x02} + SHA-256 of what arrived,
 * and on the host's {@code c} puts the file in place. The temporary file never outlives a failure.
 */
final class AgentUpload {

    private static final int DIGEST = 0x02;
    private static final int COMMIT = 'c';

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

    void run(byte[] path, long size, int window, int early) throws PyException {
        byte[] directory = files.parent(path);
        if ("d".equals(files.kind(path))) {
            throw PyException.agent("EISDIR");
        }
        checkRoom(directory, size);
        byte[] tag = leftovers.tag(directory);
        byte[] tmp = Leftovers.temporary(directory, tag);
        input.setInterruptEnabled(false); // micropython.kbd_intr(-1): a 0x03 in the data is data
        try {
            FrameReceiver receiver = new FrameReceiver(input, output, size, window, early);
            try {
                files.os().write(tmp, receiver, size);
            } catch (PyException e) {
                receiver.drainOwed();
                throw e;
            }
            byte[] digest = receiver.digest();
            byte[] message = new byte[1 + digest.length];
            message[0] = DIGEST;
            System.arraycopy(digest, 0, message, 1, digest.length);
            output.raw(message);
            if (input.next(false) != COMMIT) {
                throw PyException.agent("ECANCELED");
            }
            leftovers.place(tmp, path, directory, tag);
        } finally {
            input.setInterruptEnabled(true);
            if (files.kind(tmp) != null) {
                files.os().remove(tmp);
            }
        }
    }

    /** The agent's {@code room}: the clusters the file needs, and one for its directory entry. */
    private void checkRoom(byte[] directory, long size) throws PyException {
        CameraOs.Usage usage;
        try {
            usage = files.os().statvfs(directory);
        } catch (PyException e) {
            return;
        }
        long unit = usage.blockSize() > 0 ? usage.blockSize() : 1;
        if (usage.blocks() > 0 && (size + unit - 1) / unit + 1 > usage.free()) {
            throw PyException.agent("ENOSPC");
        }
    }
}
