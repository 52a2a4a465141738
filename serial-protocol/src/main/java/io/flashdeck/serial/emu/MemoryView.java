package io.flashdeck.serial.emu;

import java.util.Arrays;

/**
 * The agent's {@code memoryview} over a transfer window, with Python's rules: an index past the
 * end raises, a slice past the end is cut short. The agent parses records at fixed offsets
 * without checking them against what arrived, so a record that overruns the answer reads what an
 * earlier window left there, here as on the camera.
 */
final class MemoryView {

    private final byte[] bytes;

    MemoryView(int length) {
        this.bytes = new byte[length];
    }

    /** The bytes themselves, for reading answers into and writing data out of. */
    byte[] array() {
        return bytes;
    }

    /** {@code mv[i]}. */
    int at(int i) throws PyException {
        if (i >= bytes.length) {
            throw new PyException("IndexError", "memoryview index out of range");
        }
        return bytes[i] & 0xFF;
    }

    /** {@code bytes(mv[from:to])} for {@code 0 <= from <= to}. */
    byte[] slice(int from, int to) {
        return Arrays.copyOfRange(bytes, Math.min(from, bytes.length), Math.min(to, bytes.length));
    }

    /** {@code int.from_bytes(bytes(mv[from:to]), 'little')}, for up to 8 bytes. */
    long littleEndian(int from, int to) {
        byte[] slice = slice(from, to);
        long value = 0;
        for (int i = slice.length - 1; i >= 0; i--) {
            value = value << 8 | (slice[i] & 0xFF);
        }
        return value;
    }
}
