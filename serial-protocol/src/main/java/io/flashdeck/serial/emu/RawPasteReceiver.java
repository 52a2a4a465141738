package io.flashdeck.serial.emu;

import java.io.ByteArrayOutputStream;

/**
 * Raw-paste mode ({@code \x05A\x01}, {@code pyexec.c}): answers {@code R\x01}, a window of 128
 * bytes and a first credit, then sends {@code \x01} for every 128 bytes of code it has read. The
 * host's {@code \x04} ends the code (acknowledged with {@code \x04}); Ctrl-C interrupts. Code that
 * lost bytes in the receive buffer does not compile: the camera stops reading early with
 * {@code \x04}, as it does at a syntax error, waits for the host's end and reports why.
 */
final class RawPasteReceiver {

    static final int WINDOW = 128;
    private static final int CREDIT = 0x01;
    private static final int CTRL_C = 0x03;
    private static final int END = 0x04;

    private final ReceiveBuffer input;
    private final Console output;
    private final boolean supported;

    RawPasteReceiver(ReceiveBuffer input, Console output, boolean supported) {
        this.input = input;
        this.output = output;
        this.supported = supported;
    }

    /** The code received, or null when there is nothing to run (declined, interrupted, garbled: already answered). */
    byte[] receive(byte command) {
        if (!supported || command != 'A') {
            output.plain("R\u0000");
            return null;
        }
        input.busy(); // code is read as it is compiled: what the host sends early waits in the buffer
        output.raw(new byte[] {'R', 1, (byte) WINDOW, (byte) (WINDOW >>> 8), CREDIT});
        long droppedBefore = input.dropped();
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        int window = WINDOW;
        while (true) {
            int c = input.next(true);
            if (c == ReceiveBuffer.GAP) {
                input.keepUp();
                output.raw(new byte[] {END});
                discardUntilHostEnds();
                fail(new PyException("SyntaxError", "invalid syntax (the camera's " + ReceiveBuffer.CAPACITY
                        + "-byte USB receive buffer overflowed and dropped " + (input.dropped() - droppedBefore)
                        + " bytes of this code: send at most the raw-paste window before each credit)"));
                return null;
            }
            if (c == CTRL_C || c == END) {
                output.raw(new byte[] {END});
                if (c == CTRL_C) {
                    fail(PyException.keyboardInterrupt());
                    return null;
                }
                return code.toByteArray();
            }
            code.write(c);
            if (--window == 0) {
                output.raw(new byte[] {CREDIT});
                window = WINDOW;
            }
        }
    }

    /** As {@code mp_reader_stdin_close}: reads on until the host's Ctrl-C or Ctrl-D. */
    private void discardUntilHostEnds() {
        for (int c = input.next(false); c != CTRL_C && c != END; c = input.next(false)) {
            // the rest of code that cannot run
        }
    }

    private void fail(PyException error) {
        output.text("\u0004" + error.traceback("<stdin>", 1) + "\u0004");
    }
}
