package io.flashdeck.serial.repl;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.LinkClosedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A MicroPython REPL for the cases real MicroPython under Node cannot show: raw-paste with
 * window credits, firmware that declines or predates raw-paste, a busy script printing without
 * end, garbage on the line. Its REPL follows MicroPython's {@code shared/runtime/pyexec.c}; what
 * code "does" is the test's {@code program}, from the code text to a {@link Reply}.
 */
final class ScriptedDevice implements AutoCloseable {

    enum RawPaste { SUPPORTED, DECLINED, ABSENT }

    /** What code printed, and the traceback if it raised (empty if not). */
    record Reply(String stdout, String traceback) {
        static Reply printed(String stdout) {
            return new Reply(stdout, "");
        }

        static Reply raised(String lastLine) {
            return new Reply("", "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
                    + lastLine + "\r\n");
        }
    }

    private static final String BANNER = "MicroPython v1.26.0-preview OpenMV v4.7.0; OpenMV Cam H7 Plus with STM32H743\r\n"
            + "Type \"help()\" for more information.\r\n>>> ";
    private static final String RAW_BANNER = "raw REPL; CTRL-B to exit\r\n>";
    private static final int WINDOW = 128;

    private final Link link;
    private final Function<String, Reply> program;
    private final Thread thread;
    private RawPaste rawPaste = RawPaste.SUPPORTED;
    private byte[] garbage = new byte[0];
    private int busyInterruptsIgnored = -1;
    private boolean answers = true;
    private int abortPasteAfter = -1;
    private boolean raw;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** Bytes of pasted code the host sent beyond the credits it had been given, at worst. */
    volatile int maxPasteInFlight;
    volatile int pasteRequests;
    final List<String> codeReceived = new CopyOnWriteArrayList<>();

    ScriptedDevice(Link link, Function<String, Reply> program) {
        this.link = link;
        this.program = program;
        this.thread = new Thread(this::run, "scripted device");
        thread.setDaemon(true);
    }

    ScriptedDevice rawPaste(RawPaste support) {
        rawPaste = support;
        return this;
    }

    /** Bytes sent before anything else, as a board's bootloader or a noisy line might. */
    ScriptedDevice garbage(byte[] bytes) {
        garbage = bytes.clone();
        return this;
    }

    /** Starts inside a script printing without end, which shrugs off the first {@code ignored} Ctrl-Cs. */
    ScriptedDevice busy(int ignored) {
        busyInterruptsIgnored = ignored;
        return this;
    }

    /** Reads everything and never answers (a board without a REPL on this port). */
    ScriptedDevice silent() {
        answers = false;
        return this;
    }

    /** In raw-paste, stops reading after this many bytes of code, as a compile error does. */
    ScriptedDevice abortPasteAfter(int bytes) {
        abortPasteAfter = bytes;
        return this;
    }

    ScriptedDevice start() {
        thread.start();
        return this;
    }

    @Override
    public void close() throws IOException {
        link.close();
    }

    private void run() {
        try {
            send(garbage);
            if (busyInterruptsIgnored >= 0) {
                runBusyScript();
            }
            send(BANNER);
            for (int b = next(); ; b = next()) {
                if (answers) {
                    if (raw) {
                        rawChar(b);
                    } else {
                        friendlyChar(b);
                    }
                }
            }
        } catch (LinkClosedException e) {
            // the host hung up: the device's work is done
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runBusyScript() throws IOException {
        byte[] one = new byte[1];
        for (int frame = 0; ; frame++) {
            send("frame " + frame + " fps 29.8\r\n");
            if (link.read(one, 0, 1, Duration.ofMillis(1)) == 1 && one[0] == 0x03) {
                if (busyInterruptsIgnored-- == 0) {
                    send("Traceback (most recent call last):\r\n  File \"main.py\", line 9, in <module>\r\n"
                            + "KeyboardInterrupt: \r\n");
                    return;
                }
                send("KeyboardInterrupt caught, carrying on\r\n");
            }
        }
    }

    private void friendlyChar(int b) throws IOException {
        switch (b) {
            case 0x01 -> {
                raw = true;
                line.reset();
                send("\r\n" + RAW_BANNER);
            }
            case 0x02 -> send("\r\n" + BANNER);
            case 0x03, '\r' -> send("\r\n>>> ");
            case 0x04 -> send("\r\nMPY: soft reboot\r\n" + BANNER);
            default -> send(new byte[] {(byte) b});
        }
    }

    private void rawChar(int b) throws IOException {
        switch (b) {
            case 0x01 -> {
                byte[] typed = line.toByteArray();
                line.reset();
                if (typed.length == 2 && typed[0] == 0x05) {
                    pasteRequests++;
                    if (rawPaste == RawPaste.SUPPORTED) {
                        receivePaste();
                        return;
                    }
                    if (rawPaste == RawPaste.DECLINED) {
                        send("R\u0000>");
                        return;
                    }
                }
                send(RAW_BANNER);
            }
            case 0x02 -> {
                raw = false;
                send("\r\n" + BANNER);
            }
            case 0x03 -> line.reset();
            case 0x04 -> {
                send("OK");
                if (line.size() == 0) {
                    send("\r\nMPY: soft reboot\r\n" + RAW_BANNER);
                } else {
                    execute(line.toString(StandardCharsets.UTF_8));
                }
                line.reset();
            }
            default -> line.write(b);
        }
    }

    /** Raw-paste as pyexec.c does it, receiving into a buffer of two windows and counting credits. */
    private void receivePaste() throws IOException {
        send(new byte[] {'R', 1, (byte) WINDOW, 0, 1});
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        byte[] chunk = new byte[4 * WINDOW];
        long received = 0;
        long credits = 0;
        while (true) {
            int n = link.read(chunk, 0, chunk.length, Duration.ofSeconds(5));
            received += n;
            maxPasteInFlight = (int) Math.max(maxPasteInFlight, received - credits * WINDOW);
            for (int i = 0; i < n; i++) {
                if (chunk[i] == 0x04 || chunk[i] == 0x03) {
                    send(new byte[] {0x04});
                    execute(code.toString(StandardCharsets.UTF_8));
                    return;
                }
                code.write(chunk[i]);
                if (code.size() == abortPasteAfter) {
                    send(new byte[] {0x04});
                    awaitHostEnd(chunk, i + 1, n);
                    codeReceived.add(code.toString(StandardCharsets.UTF_8));
                    reply(Reply.raised("SyntaxError: invalid syntax"));
                    return;
                }
                if (code.size() % WINDOW == 0) {
                    send(new byte[] {0x01});
                    credits++;
                }
            }
        }
    }

    /** After giving up on a paste the device discards input up to the host's Ctrl-C or Ctrl-D. */
    private void awaitHostEnd(byte[] chunk, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            if (chunk[i] == 0x03 || chunk[i] == 0x04) {
                return;
            }
        }
        for (int b = next(); b != 0x03 && b != 0x04; b = next()) {
            // discarded, as mp_reader_stdin_close does
        }
    }

    private void execute(String code) throws IOException {
        codeReceived.add(code);
        reply(program.apply(code));
    }

    private void reply(Reply reply) throws IOException {
        send(reply.stdout() + "\u0004" + reply.traceback() + "\u0004>");
    }

    private int next() throws IOException {
        byte[] one = new byte[1];
        while (link.read(one, 0, 1, Duration.ofSeconds(1)) == 0) {
            // a real device waits for ever; the link's close ends this one
        }
        return one[0] & 0xFF;
    }

    private void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void send(byte[] bytes) throws IOException {
        link.write(bytes);
    }
}
