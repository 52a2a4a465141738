package io.flashdeck.serial.repl;

import io.flashdeck.serial.agent.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The host's half of the agent's batch calls {@code U} and {@code G} at the wire, written from
 * the description at the top of {@code fdagent.py} and kept plain, so that contract tests see
 * every byte a device sends.
 */
public final class BatchWire {

    private static final int GRANT = 0x01;
    private static final int END_OF_OUTPUT = 0x04;
    private static final int FRAME = 1024;

    private BatchWire() {
    }

    /** The code that sets the windows and runs {@code U}. */
    public static String upload(int window, int early) {
        return "_fdagent.t(" + window + "," + early + ")\n_fdagent.U()";
    }

    /** The records of a batch: per file {@code 'h'} + u16 LE n + path + u32 LE size, its data, {@code 'c'} + SHA-256; then {@code 'e'}. */
    public static final class Records {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Records file(String path, byte[] data) {
            return file(path, data, Sha256.create().digest(data));
        }

        /** A file whose commit carries {@code digest}. */
        public Records file(String path, byte[] data, byte[] digest) {
            out.write('h');
            writePath(out, path);
            writeLittleEndian(out, data.length, 4);
            out.writeBytes(data);
            out.write('c');
            out.writeBytes(digest);
            return this;
        }

        public byte[] end() {
            out.write('e');
            return out.toByteArray();
        }
    }

    /**
     * Plays the host in a {@code U} call until its output ends: answers each grant with as much of
     * {@code records} as it allows (empty answers once all is sent). The result's output is all
     * the device printed: its grants, and {@code 0x06} for each file it placed.
     */
    public static ExecResult answerGrants(RunningCode code, byte[] records) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int sent = 0;
        for (int tag = readByte(code); tag != END_OF_OUTPUT; tag = readByte(code)) {
            printed.write(tag);
            if (tag == GRANT) {
                int credit = readByte(code) | readByte(code) << 8;
                printed.write(credit);
                printed.write(credit >>> 8);
                int m = Math.min(credit, records.length - sent);
                code.write(answer(records, sent, m));
                sent += m;
            }
        }
        return new ExecResult(printed.toByteArray(), code.finishAfterOutputEnd().stderr());
    }

    /** One answer to a grant: {@code 'w'} + u16 LE m, then the m bytes as frames of {@code 'd'} + at most 1024 bytes. */
    public static byte[] answer(byte[] bytes, int from, int m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('w');
        writeLittleEndian(out, m, 2);
        for (int at = from; at < from + m; at += FRAME) {
            out.write('d');
            out.write(bytes, at, Math.min(FRAME, from + m - at));
        }
        return out.toByteArray();
    }

    /** {@code G}'s list of paths: each as u16 LE n + n bytes. */
    public static byte[] pathList(String... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String path : paths) {
            writePath(out, path);
        }
        return out.toByteArray();
    }

    /** A path as both calls send it: u16 LE length, then its UTF-8 bytes. */
    private static void writePath(ByteArrayOutputStream out, String path) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        writeLittleEndian(out, name.length, 2);
        out.writeBytes(name);
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value, int length) {
        for (int i = 0; i < length; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static int readByte(RunningCode code) throws IOException {
        byte[] one = new byte[1];
        code.readFully(one, 0, 1);
        return one[0] & 0xFF;
    }
}
