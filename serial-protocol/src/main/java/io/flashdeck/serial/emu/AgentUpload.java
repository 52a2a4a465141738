package io.flashdeck.serial.emu;

import java.util.Arrays;

/**
 * The agent's {@code u(p, size)}: checks the target, receives the content into a temporary file
 * beside it with Ctrl-C disabled, and puts the file in place when the host's commit carries the
 * SHA-256 of what arrived ({@code fd:EBADMSG} otherwise). The temporary file never outlives a failure.
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
            byte[] theirs;
            try {
                receiver.grantIfEmpty();
                files.os().write(tmp, receiver, size);
                theirs = receiver.commit();
            } catch (PyException e) {
                receiver.drainOwed();
                throw e;
            }
            if (theirs == null) {
                throw PyException.agent("ECANCELED");
            }
            if (!Arrays.equals(theirs, receiver.digest())) {
                throw PyException.agent("EBADMSG");
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
