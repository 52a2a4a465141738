package io.flashdeck.serial.repl;

import io.flashdeck.serial.agent.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * The records of a batch: per file {@code 'h'} + u16 LE n + path + u32 LE size, its data,
     * {@code 'c'} + SHA-256. Only file data may be split between two answers.
     */
    public static final class Records {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        /** Where each record that must stay whole starts, and its length. */
        private final TreeMap<Integer, Integer> whole = new TreeMap<>();

        public Records file(String path, byte[] data) {
            return file(path, data, Sha256.create().digest(data));
        }

        /** A file whose commit carries {@code digest}. */
        public Records file(String path, byte[] data, byte[] digest) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            header.write('h');
            writePath(header, path);
            writeLittleEndian(header, data.length, 4);
            whole(header.toByteArray());
            out.writeBytes(data);
            ByteArrayOutputStream commit = new ByteArrayOutputStream();
            commit.write('c');
            commit.writeBytes(digest);
            return whole(commit.toByteArray());
        }

        /** A record of a kind the agent does not know. */
        public Records unknown(int tag) {
            return whole(new byte[] {(byte) tag});
        }

        /** How many bytes from {@code from} an answer of {@code credit} carries: what fits, no record cut in two. */
        int fitting(int from, int credit) {
            int end = Math.min(from + credit, out.size());
            Map.Entry<Integer, Integer> last = whole.lowerEntry(end);
            if (last != null && last.getKey() + last.getValue() > end) {
                end = Math.max(from, last.getKey());
            }
            return end - from;
        }

        public byte[] bytes() {
            return out.toByteArray();
        }

        private Records whole(byte[] record) {
            whole.put(out.size(), record.length);
            out.writeBytes(record);
            return this;
        }
    }

    /**
     * Plays the host in a {@code U} call until its output ends: answers each grant with as much of
     * {@code records} as it allows, the answer with the last of them marked {@code 'z'} (empty
     * answers once all is sent). The result's output is all
     * the device printed: its grants, and {@code 0x06} for each file it placed.
     */
    public static ExecResult answerGrants(RunningCode code, Records records) throws IOException {
        byte[] bytes = records.bytes();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int sent = 0;
        boolean lastSent = false;
        for (int tag = readByte(code); tag != END_OF_OUTPUT; tag = readByte(code)) {
            printed.write(tag);
            if (tag == GRANT) {
                int credit = readByte(code) | readByte(code) << 8;
                printed.write(credit);
                printed.write(credit >>> 8);
                int m = lastSent ? 0 : records.fitting(sent, credit);
                boolean last = !lastSent && sent + m == bytes.length;
                code.write(answer(bytes, sent, m, last));
                sent += m;
                lastSent |= last;
            }
        }
        return new ExecResult(printed.toByteArray(), code.finishAfterOutputEnd().stderr());
    }

    /** One answer to a grant: {@code 'w'} + u16 LE m, then the m bytes in frames of {@code 'd'} + up to 1024 bytes. */
    public static byte[] answer(byte[] bytes, int from, int m) {
        return answer(bytes, from, m, false);
    }

    /** As {@link #answer(byte[], int, int)}, starting {@code 'z'} when it holds an upload's {@code last} records. */
    public static byte[] answer(byte[] bytes, int from, int m, boolean last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(last ? 'z' : 'w');
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
