package io.flashdeck.serial.repl;

import io.flashdeck.serial.link.Link;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A MicroPython raw-REPL session over a {@link Link}: gets into the raw REPL from whatever the
 * device is doing, runs code and separates its output from its traceback. Every wait is
 * bounded. The device is never soft-reset unless asked ({@link #softReset()}): on OpenMV that
 * would lose the running script's state for nothing.
 *
 * <p>After a timeout or protocol error the device's state is unknown: call {@link #enter()}
 * again before running more code. One thread at a time.
 */
public final class RawRepl implements Closeable {

    static final byte[] BANNER = "raw REPL; CTRL-B to exit\r\n>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INTERRUPT = {'\r', 0x03};
    private static final byte[] ENTER_RAW = {'\r', 0x01};
    private static final byte[] LEAVE_RAW = {'\r', 0x02};
    private static final byte[] CTRL_C = {0x03};
    private static final byte[] CTRL_D = {0x04};
    private static final byte[] OK = {'O', 'K'};
    private static final int PLAIN_CHUNK = 256;
    private static final int SEEN_KEPT = 64 * 1024;

    private final Link link;
    private final ReplSettings settings;
    private final DeviceReader reader;
    private boolean inRawRepl;
    private boolean rawPasteUsable;
    private RunningCode running;

    public RawRepl(Link link, ReplSettings settings) {
        this.link = link;
        this.settings = settings;
        this.reader = new DeviceReader(link);
        this.rawPasteUsable = settings.rawPaste();
    }

    public RawRepl(Link link) {
        this(link, ReplSettings.defaults());
    }

    /** A session already in the raw REPL. */
    public static RawRepl open(Link link, ReplSettings settings) throws IOException {
        RawRepl repl = new RawRepl(link, settings);
        repl.enter();
        return repl;
    }

    /**
     * Gets into the raw REPL from any state: a running script (interrupted), the friendly REPL,
     * a half-typed line, or the raw REPL already. Interrupts, drains what the device prints,
     * asks for the raw REPL and retries until {@link ReplSettings#enterTimeout()} has passed.
     */
    public void enter() throws IOException {
        running = null;
        inRawRepl = false;
        long deadline = System.nanoTime() + settings.enterTimeout().toNanos();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int attempts = 0;
        do {
            attempts++;
            link.write(INTERRUPT);
            keepTail(seen, reader.drainQuiet(settings.quietPeriod(), settings.responseTimeout()));
            link.write(ENTER_RAW);
            DeviceReader.Received answer = reader.readUntil(BANNER, settings.responseTimeout(),
                    Math.min(deadline, System.nanoTime() + settings.responseTimeout().toNanos()));
            keepTail(seen, answer.bytes());
            if (answer.found()) {
                inRawRepl = true;
                return;
            }
        } while (System.nanoTime() - deadline < 0);
        throw new DeviceTimeoutException(link.name(), "the raw REPL prompt (" + attempts + " attempts)",
                settings.enterTimeout(), seen.toByteArray(), seen.size());
    }

    /** Runs {@code code}; returns what it printed, or throws the device's exception as {@link DeviceException}. */
    public byte[] exec(String code) throws IOException {
        return execRaw(code.getBytes(StandardCharsets.UTF_8)).stdoutOrThrow();
    }

    /** Runs {@code code} and returns its output and traceback, whether it raised or not. */
    public ExecResult execRaw(byte[] code) throws IOException {
        return start(code).finish();
    }

    /**
     * Sends {@code code} and returns while it runs, so the caller can exchange raw bytes with it
     * (its {@code sys.stdin.buffer} and {@code sys.stdout.buffer}) before {@link RunningCode#finish()}.
     */
    public RunningCode start(byte[] code) throws IOException {
        if (!inRawRepl) {
            throw new IllegalStateException("not in the raw REPL: call enter() first");
        }
        if (running != null) {
            throw new IllegalStateException("code is still running: finish() it first");
        }
        inRawRepl = false; // until the code has finished and the prompt is back
        reader.discardPending(); // an idle raw REPL sends nothing: anything here is stale
        // code that fits one plain chunk fits any receive buffer: raw-paste would only add a round trip
        boolean small = code.length <= PLAIN_CHUNK;
        boolean pasted = !small && rawPasteUsable
                && new RawPaste(link, reader, settings.responseTimeout()).send(code) == RawPaste.Outcome.SENT;
        if (!pasted) {
            if (!small) {
                rawPasteUsable = false; // declined once, declined for the whole connection
            }
            sendPlain(code);
        }
        running = new RunningCode(this, link, reader, settings.execTimeout());
        return running;
    }

    public RunningCode start(String code) throws IOException {
        return start(code.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends Ctrl-C: interrupts running code (unless it disabled that with {@code micropython.kbd_intr(-1)}). */
    public void interrupt() throws IOException {
        link.write(CTRL_C);
    }

    /**
     * Soft-resets the device (Ctrl-D on an empty raw-REPL line) and waits for the raw REPL to come
     * back; Python state is lost, files stay. If the device comes back in the friendly REPL, enters
     * the raw REPL again.
     */
    public void softReset() throws IOException {
        if (!inRawRepl) {
            throw new IllegalStateException("not in the raw REPL: call enter() first");
        }
        inRawRepl = false;
        reader.discardPending();
        link.write(CTRL_D);
        DeviceReader.Received back = reader.readUntil(BANNER, settings.responseTimeout(),
                System.nanoTime() + settings.enterTimeout().toNanos());
        if (back.found()) {
            inRawRepl = true;
        } else {
            enter();
        }
    }

    /** Returns the device to its friendly REPL (Ctrl-B), as a person at a terminal expects to find it. */
    public void exit() throws IOException {
        inRawRepl = false;
        running = null;
        link.write(LEAVE_RAW);
    }

    public boolean inRawRepl() {
        return inRawRepl;
    }

    /** Whether code longer than a plain chunk is still sent in raw-paste mode (off once the device has declined it). */
    public boolean usesRawPaste() {
        return rawPasteUsable;
    }

    public Link link() {
        return link;
    }

    /** Leaves the raw REPL if in it (best effort) and closes the link. */
    @Override
    public void close() throws IOException {
        try {
            if (inRawRepl) {
                exit();
            }
        } catch (IOException e) {
            // the link is going away anyway; closing it is what matters
        } finally {
            link.close();
        }
    }

    /** Called by {@link RunningCode} when the prompt is back. */
    void finished(RunningCode code) {
        if (running == code) {
            running = null;
            inRawRepl = true;
        }
    }

    /** Plain raw REPL: the code, Ctrl-D, and "OK" once the device has taken it. */
    private void sendPlain(byte[] code) throws IOException {
        for (int i = 0; i < code.length; i += PLAIN_CHUNK) {
            if (i > 0) {
                pause(settings.plainChunkPause());
            }
            link.write(code, i, Math.min(PLAIN_CHUNK, code.length - i));
        }
        link.write(CTRL_D);
        byte[] answer = reader.readExactly(2, settings.responseTimeout(), "OK after sending code");
        if (!Arrays.equals(answer, OK)) {
            throw new DeviceProtocolException(link.name(), "OK after sending code", answer, 2);
        }
    }

    /** Collects what a busy device printed for the error message, without growing for ever. */
    private static void keepTail(ByteArrayOutputStream seen, byte[] more) {
        seen.writeBytes(more);
        if (seen.size() > SEEN_KEPT) {
            byte[] all = seen.toByteArray();
            seen.reset();
            seen.write(all, all.length - SEEN_KEPT / 2, SEEN_KEPT / 2);
        }
    }

    private static void pause(Duration d) throws IOException {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while sending code");
        }
    }
}
