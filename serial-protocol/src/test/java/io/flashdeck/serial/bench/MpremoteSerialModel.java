package io.flashdeck.serial.bench;

import io.flashdeck.serial.link.Link;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A model of how mpremote's serial transport runs one command in the raw REPL when raw-paste is
 * not available (the WebAssembly build hangs in raw-paste, and mpremote has no switch to skip it):
 * wait for the {@code >} prompt, send the code 256 bytes at a time with a 10 ms pause after each,
 * send Ctrl-D, read {@code OK}, then read the output and the error output up to their
 * {@code \x04}. Its reads wait for the first byte, then take one byte at a time while any is
 * waiting and sleep 10 ms whenever none is: those sleeps, not the device, set mpremote's pace.
 * Written from the behaviour described in mpremote's {@code transport_serial.py}; not its code.
 */
final class MpremoteSerialModel {

    private static final int CODE_CHUNK = 256;
    private static final Duration POLL_SLEEP = Duration.ofMillis(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final int PROMPT = '>';
    private static final int END = 0x04;
    /** No ending: just the first bytes. */
    private static final int NONE = -1;

    private final Link link;
    /** The prompt of the last command is still to be read (mpremote reads it before the next one). */
    private boolean promptPending;

    /** Starts on a link whose device sits at the raw REPL's prompt, the {@code >} already read. */
    MpremoteSerialModel(Link link) {
        this.link = link;
    }

    /** Runs {@code code}; returns its output, or throws with its traceback. */
    byte[] exec(String code) throws IOException {
        if (promptPending) {
            readUntil(1, PROMPT);
        }
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += CODE_CHUNK) {
            link.write(bytes, at, Math.min(CODE_CHUNK, bytes.length - at));
            sleep(POLL_SLEEP);
        }
        link.write(new byte[] {END});
        byte[] ok = readUntil(2, NONE);
        if (!Arrays.equals(ok, "OK".getBytes(StandardCharsets.US_ASCII))) {
            throw new IOException("could not exec command (response " + new String(ok, StandardCharsets.ISO_8859_1) + ")");
        }
        byte[] out = readUntil(1, END);
        byte[] err = readUntil(1, END);
        promptPending = true;
        if (err.length > 1) {
            throw new IOException("the device raised: " + new String(err, StandardCharsets.UTF_8).strip());
        }
        return Arrays.copyOf(out, out.length - 1);
    }

    /** Reads the last command's prompt, leaving the device as a raw-REPL client other than mpremote expects it. */
    void release() throws IOException {
        if (promptPending) {
            readUntil(1, PROMPT);
            promptPending = false;
        }
    }

    /** {@code min} bytes (waiting for them), then one byte at a time until the byte {@code ending}, polling every 10 ms. */
    private byte[] readUntil(int min, int ending) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] buffer = new byte[min];
        for (int got = 0; got < min; ) {
            int n = link.read(buffer, got, min - got, READ_TIMEOUT);
            if (n == 0) {
                throw new IOException("no answer from " + link.name() + " within " + READ_TIMEOUT.toSeconds() + " s");
            }
            got += n;
        }
        data.writeBytes(buffer);
        byte[] one = new byte[1];
        long polls = 0;
        int last = buffer[min - 1] & 0xFF;
        while (ending != NONE && last != ending) {
            if (link.read(one, 0, 1, Duration.ZERO) == 1) {
                data.write(one[0]);
                last = one[0] & 0xFF;
            } else if (++polls * POLL_SLEEP.toMillis() >= READ_TIMEOUT.toMillis()) {
                throw new IOException("no end of output from " + link.name() + " within " + READ_TIMEOUT.toSeconds() + " s");
            } else {
                sleep(POLL_SLEEP);
            }
        }
        return data.toByteArray();
    }

    private static void sleep(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }
}
