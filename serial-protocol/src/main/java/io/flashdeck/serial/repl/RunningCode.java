package io.flashdeck.serial.repl;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;

/**
 * Code the raw REPL is running. Until {@link #finish()}, the caller may write to the code's
 * stdin and read its stdout as raw bytes (with {@code micropython.kbd_intr(-1)} on the device, so
 * a {@code 0x03} in the data is data). The end of its output is marked by {@code \x04}, so
 * binary output must be read with known lengths before finishing.
 */
public final class RunningCode {

    private static final byte[] END = {0x04};

    private final RawRepl repl;
    private final Link link;
    private final DeviceReader reader;
    private final Duration idleTimeout;
    private boolean finished;

    RunningCode(RawRepl repl, Link link, DeviceReader reader, Duration idleTimeout) {
        this.repl = repl;
        this.link = link;
        this.reader = reader;
        this.idleTimeout = idleTimeout;
    }

    /** True once the code ended and its result was read. */
    public boolean finished() {
        return finished;
    }

    /** Sends bytes to the code's stdin. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        link.write(bytes, offset, length);
    }

    public void write(byte[] bytes) throws IOException {
        link.write(bytes, 0, bytes.length);
    }

    /** Reads what the code printed so far, waiting up to {@code timeout}; 0 if nothing came. */
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        return reader.read(buffer, offset, length, timeout);
    }

    /** Reads exactly {@code length} bytes of output; the code may stay silent up to the exec timeout between bytes. */
    public void readFully(byte[] buffer, int offset, int length) throws IOException {
        reader.readFully(buffer, offset, length, idleTimeout, length + " bytes of output from running code");
    }

    /** Waits for the code to end and returns the rest of its output and its traceback, if any. */
    public ExecResult finish() throws IOException {
        return finish(idleTimeout);
    }

    /** As {@link #finish()}, allowing the code {@code idle} of silence (for slow operations such as formatting). */
    public ExecResult finish(Duration idle) throws IOException {
        return finish(idle, false);
    }

    /**
     * As {@link #finish()}, for a caller that reading binary output met the {@code \x04} ending it
     * (where it expected more data: the code raised), so only the traceback is left to read.
     */
    public ExecResult finishAfterOutputEnd() throws IOException {
        return finish(idleTimeout, true);
    }

    private ExecResult finish(Duration idle, boolean outputEndSeen) throws IOException {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        finished = true;
        byte[] stdout = outputEndSeen ? new byte[0] : reader.expectUntil(END, idle, "the end of the code's output");
        byte[] stderr = reader.expectUntil(END, idle, "the end of the code's error output");
        int prompt = reader.readByte(idle);
        if (prompt != '>') {
            byte[] got = prompt < 0 ? new byte[0] : new byte[] {(byte) prompt};
            if (prompt < 0) {
                throw new DeviceTimeoutException(link.name(), "the raw REPL prompt after running code", idle, got, 0);
            }
            throw new DeviceProtocolException(link.name(), "the raw REPL prompt after running code", got, 1);
        }
        repl.finished(this);
        return new ExecResult(stdout, stderr);
    }
}
