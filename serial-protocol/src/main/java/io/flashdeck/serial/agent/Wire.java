package io.flashdeck.serial.agent;

import io.flashdeck.serial.repl.DeviceProtocolException;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;

/**
 * The bytes of the agent's transfer protocol (described at the top of {@code fdagent.py}) and
 * reading its tagged messages from running code.
 */
final class Wire {

    /** Device to host: upload credit (+ u16 LE count), or a download window (+ data). */
    static final int GRANT = 0x01;
    /** Device to host: SHA-256 of the bytes a download sent (+ 32 bytes). */
    static final int DIGEST = 0x02;
    /** Device to host: the size of the file being downloaded (+ u64 LE). */
    static final int SIZE = 0x03;
    /** Device to host: the raw REPL's end of output; where a tag was due, the agent raised. */
    static final int END_OF_OUTPUT = 0x04;
    /** Device to host: a download window could not be read. */
    static final int FAILED = 0x05;
    /** Device to host: the next file of an upload batch is in place. */
    static final int PLACED = 0x06;

    /** Host to device: the answer to a grant, u16 LE length and that many bytes as frames follow. */
    static final byte ANSWER = 'w';
    /** Host to device: as {@link #ANSWER}, for the answer holding an upload's last records. */
    static final byte LAST_ANSWER = 'z';
    /** Host to device, as the answer to a grant: nothing more will be sent. */
    static final byte ABORT = 'x';
    /** Host to device: one frame of an answer's bytes follows. */
    static final byte DATA = 'd';
    /** Upload record: a file, u16 LE path length, the path and its u32 LE size follow. */
    static final byte HEADER = 'h';
    /** Upload record: the file's data is complete, its SHA-256 follows (+ 32 bytes). */
    static final byte COMMIT = 'c';
    /** Host to device: send one more download window (the first comes unasked). */
    static final byte MORE = 'g';
    static final byte STOP = 's';

    /** Upload payload per frame; the agent's {@code F}. */
    static final int FRAME = 1024;
    static final int DIGEST_LENGTH = 32;

    private Wire() {
    }

    /**
     * The answer to a grant carrying {@code payload}: {@code 'w'} (or {@code 'z'} when it is the
     * {@code last}), its u16 LE length and the payload as frames of {@code 'd'} and at most
     * {@link #FRAME} bytes each.
     */
    static byte[] answer(byte[] payload, int length, boolean last) {
        int frames = (length + FRAME - 1) / FRAME;
        byte[] out = new byte[3 + length + frames];
        out[0] = last ? LAST_ANSWER : ANSWER;
        putLittleEndian(out, 1, length, 2);
        int at = 3;
        for (int from = 0; from < length; from += FRAME) {
            int n = Math.min(FRAME, length - from);
            out[at++] = DATA;
            System.arraycopy(payload, from, out, at, n);
            at += n;
        }
        return out;
    }

    /** Puts {@code value} into {@code out} at {@code at} as {@code length} bytes, least significant first. */
    static void putLittleEndian(byte[] out, int at, long value, int length) {
        for (int i = 0; i < length; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
    }

    static int readTag(RunningCode code) throws IOException {
        byte[] tag = new byte[1];
        code.readFully(tag, 0, 1);
        return tag[0] & 0xFF;
    }

    /**
     * Reads the next tag, which must be {@code expected}: output ending there instead reports the
     * device's error, anything else is a protocol error naming {@code what} was awaited.
     */
    static void expect(RunningCode code, int expected, DeviceErrors errors, String deviceName, String what)
            throws IOException {
        int tag = readTag(code);
        if (tag == END_OF_OUTPUT) {
            errors.check(code.finishAfterOutputEnd());
        }
        if (tag != expected) {
            throw unexpected(deviceName, what, tag);
        }
    }

    static long readLittleEndian(RunningCode code, int length) throws IOException {
        byte[] bytes = new byte[length];
        code.readFully(bytes, 0, length);
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }

    static byte[] readDigest(RunningCode code) throws IOException {
        byte[] digest = new byte[DIGEST_LENGTH];
        code.readFully(digest, 0, DIGEST_LENGTH);
        return digest;
    }

    static DeviceProtocolException unexpected(String deviceName, String expected, int tag) {
        return new DeviceProtocolException(deviceName, expected, new byte[] {(byte) tag}, 1);
    }
}
