package io.flashdeck.serial.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A stream over a file's windows as they come from the device, one window at a time. */
public abstract class WindowStream extends InputStream {

    private byte[] window = new byte[0];
    private int position;

    /** The next window, or null at the end of the file. */
    protected abstract byte[] nextWindow() throws IOException;

    /** Throws when the stream may no longer be read; checked before every read. */
    protected void checkReadable() throws IOException {
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        checkReadable();
        if (length == 0) {
            return 0;
        }
        while (position == window.length) {
            byte[] next = nextWindow();
            if (next == null) {
                return -1;
            }
            window = next;
            position = 0;
        }
        int n = Math.min(length, window.length - position);
        System.arraycopy(window, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return window.length - position;
    }
}
