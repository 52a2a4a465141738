package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's {@code g(p, off=0)}: sends {@code 0x03} + u64 LE file size and the first window,
 * then one window for each {@code g} the host sends ({@code 0x01} + data, or {@code 0x05} once
 * the file cannot be read), with Ctrl-C disabled; any other byte stops it. Ends with
 * {@code 0x02} + SHA-256 of the bytes sent. Its {@code G} sends several files so, back to back.
 */
final class AgentDownload {

    private static final int SIZE = 0x03;
    private static final int WINDOW = 0x01;
    private static final int DIGEST = 0x02;
    private static final int FAILED = 0x05;
    private static final int MORE = 'g';

    private final AgentFiles files;
    private final ReceiveBuffer input;
    private final Console output;

    AgentDownload(AgentFiles files, ReceiveBuffer input, Console output) {
        this.files = files;
        this.input = input;
        this.output = output;
    }

    /** Sends the file; false when it stopped before the end (the host stopped it, or it could not be read). */
    boolean run(byte[] path, long offset, int window) throws PyException {
        String kind = files.kind(path);
        if (!"f".equals(kind)) {
            throw PyException.agent(kind != null ? "EISDIR" : "ENOENT");
        }
        MessageDigest digest = Sha256.create();
        long size = files.os().stat(path).size();
        long left = Math.max(size - offset, 0);
        byte[] buffer = new byte[1 + (int) Math.min(window, Math.max(left, 1))];
        try (InputStream in = files.os().openRead(path)) {
            boolean ok = skip(in, Math.min(offset, size));
            byte[] header = new byte[9];
            header[0] = SIZE;
            for (int i = 0; i < 8; i++) {
                header[1 + i] = (byte) (size >>> (8 * i));
            }
            output.raw(header);
            input.setInterruptEnabled(false);
            try {
                while (left > 0) {
                    int n = (int) Math.min(window, left);
                    ok = ok && fill(in, buffer, n);
                    if (ok) {
                        buffer[0] = WINDOW;
                        output.raw(buffer, 0, 1 + n);
                        digest.update(buffer, 1, n);
                        left -= n;
                    } else {
                        output.raw(new byte[] {FAILED});
                    }
                    if (left > 0 && input.next(false) != MORE) {
                        break;
                    }
                }
            } finally {
                input.setInterruptEnabled(true);
            }
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
        byte[] end = new byte[33];
        end[0] = DIGEST;
        System.arraycopy(digest.digest(), 0, end, 1, 32);
        output.raw(end);
        return left == 0;
    }

    /**
     * The agent's {@code G}: one grant of a window for the list of paths (each u16 LE n + n
     * bytes), then each file as {@link #run} sends it; the first that cannot be sent ends the call
     * with its error, and one that stopped before its end ends it quietly.
     */
    void batch(int window) throws PyException {
        GrantedAnswers answers = new GrantedAnswers(input, output, window);
        int n;
        input.setInterruptEnabled(false);
        try {
            answers.grantReading(window);
            n = answers.receive();
        } finally {
            input.setInterruptEnabled(true);
        }
        if (n < 0) {
            throw PyException.agent("ECANCELED");
        }
        MemoryView list = answers.window();
        List<byte[]> paths = new ArrayList<>();
        for (int at = 0; at < n; ) {
            int length = list.at(at) | list.at(at + 1) << 8;
            paths.add(list.slice(at + 2, at + 2 + length));
            at += 2 + length;
        }
        for (byte[] path : paths) {
            if (!run(path, 0, window)) {
                break;
            }
        }
    }

    private static boolean skip(InputStream in, long bytes) throws IOException {
        long done = 0;
        while (done < bytes) {
            long n = in.skip(bytes - done);
            if (n <= 0) {
                return false;
            }
            done += n;
        }
        return true;
    }

    /** Reads exactly {@code n} bytes after the tag byte; false when the file ended or failed. */
    private static boolean fill(InputStream in, byte[] buffer, int n) {
        try {
            return in.readNBytes(buffer, 1, n) == n;
        } catch (IOException e) {
            return false;
        }
    }
}
