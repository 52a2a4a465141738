package io.flashdeck.serial.agent;

import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The host's side of the agent's download ({@code g}): one run of a file from an offset to its
 * end (or until stopped), the first window sent unasked and the others asked for with a few
 * windows ahead, checked against the device's SHA-256 of what it sent. A file that fits one
 * window costs one exchange. The host never asks for a window past the end, so no request byte
 * is ever left for the REPL to read as code. In a batch ({@code G}) the files run one after
 * another within one call, and only the last one ends it.
 */
public final class Download {

    private final RawRepl repl;
    private final RunningCode code;
    private final String source;
    private final DeviceErrors errors;
    private final MessageDigest digest = Sha256.create();
    private final int window;
    private final long fileSize;
    private final long length;
    private long requested;
    private long received;
    /** Windows asked for and not yet answered. */
    private int pending;
    private final boolean endsCall;
    private boolean done;

    private Download(RawRepl repl, RunningCode code, String source, DeviceErrors errors, int window,
            long fileSize, long offset, boolean endsCall) {
        this.repl = repl;
        this.code = code;
        this.source = source;
        this.errors = errors;
        this.window = window;
        this.fileSize = fileSize;
        this.length = Math.max(0, fileSize - offset);
        this.endsCall = endsCall;
    }

    static Download start(RawRepl repl, String call, String source, long offset, TransferTuning tuning,
            DeviceErrors errors) throws IOException {
        return next(repl, repl.start(call), source, offset, tuning, errors, true);
    }

    /** The next file of {@code code}'s output; {@code endsCall} when no other follows it. */
    static Download next(RawRepl repl, RunningCode code, String source, long offset, TransferTuning tuning,
            DeviceErrors errors, boolean endsCall) throws IOException {
        Wire.expect(code, Wire.SIZE, errors, repl.link().name(), "the size of " + source);
        long size = Wire.readLittleEndian(code, 8);
        Download download = new Download(repl, code, source, errors, tuning.window(), size, offset, endsCall);
        download.claimWindow(); // on its way already
        for (int i = 1; i < tuning.downloadAhead(); i++) {
            download.requestWindow();
        }
        return download;
    }

    /** The whole file's size, as the device saw it when this run started. */
    public long fileSize() {
        return fileSize;
    }

    /**
     * The next window of data, or null once everything has arrived and matched the device's
     * hash (the device is then back at its prompt).
     */
    public byte[] next() throws IOException {
        if (done) {
            return null;
        }
        if (received == length) {
            finish();
            return null;
        }
        byte[] data = receiveWindow();
        requestWindow();
        return data;
    }

    /**
     * Ends this run early: the windows already asked for still arrive and go to {@code keep};
     * then the hash is checked and the device is back at its prompt.
     */
    public void stop(Consumer<byte[]> keep) throws IOException {
        if (done) {
            return;
        }
        if (requested < length) {
            code.write(new byte[] {Wire.STOP});
        }
        while (pending > 0) {
            keep.accept(receiveWindow());
        }
        finish();
    }

    private void requestWindow() throws IOException {
        if (claimWindow()) {
            code.write(new byte[] {Wire.MORE});
        }
    }

    /** Counts the next window as coming; false when the file has no more. */
    private boolean claimWindow() {
        if (requested == length) {
            return false;
        }
        requested += Math.min(window, length - requested);
        pending++;
        return true;
    }

    private byte[] receiveWindow() throws IOException {
        int tag = Wire.readTag(code);
        pending--;
        int n = (int) Math.min(window, length - received);
        if (tag == Wire.GRANT) {
            byte[] data = new byte[n];
            code.readFully(data, 0, n);
            digest.update(data);
            received += n;
            return data;
        }
        if (tag == Wire.FAILED) {
            fail();
        }
        if (tag == Wire.END_OF_OUTPUT) {
            done = true;
            repl.interrupt(); // a Ctrl-C clears request bytes the raw REPL may have taken as a line
            errors.check(code.finishAfterOutputEnd());
        }
        throw Wire.unexpected(repl.link().name(), "a window of " + source, tag);
    }

    /** The device cannot read on and answers what is still asked with the same tag: collect, then report. */
    private void fail() throws IOException {
        done = true;
        code.write(new byte[] {Wire.STOP});
        for (; pending > 0; pending--) {
            Wire.readTag(code);
        }
        Wire.readTag(code);
        Wire.readDigest(code);
        errors.check(code.finish()); // a stopped file ends a batch too
        throw new IOException(source + " could not be read on the device (it changed or failed while being read)");
    }

    private void finish() throws IOException {
        done = true;
        int tag = Wire.readTag(code);
        if (tag != Wire.DIGEST) {
            throw Wire.unexpected(repl.link().name(), "the digest ending " + source, tag);
        }
        boolean same = Arrays.equals(Wire.readDigest(code), digest.digest());
        endCall();
        if (!same) {
            throw new IOException(source + " arrived damaged from the device (SHA-256 differs)");
        }
    }

    private void endCall() throws IOException {
        if (endsCall) {
            errors.check(code.finish());
        }
    }
}
