package io.flashdeck.serial.emu;

import java.io.ByteArrayOutputStream;

/**
 * The friendly REPL's line editor ({@code readline.c}): echoes what is typed, handles backspace,
 * takes {@code \r}, {@code \n} or {@code \r\n} as one Enter, skips cursor-key sequences, and hands
 * Ctrl-A to Ctrl-E typed on an empty line (and Ctrl-C anywhere) back to the REPL.
 */
final class LineEditor {

    /** {@link #read} ended with Enter; otherwise it returns the control character typed. */
    static final int ENTER = 0;
    static final int CTRL_A = 0x01;
    static final int CTRL_B = 0x02;
    static final int CTRL_C = 0x03;
    static final int CTRL_D = 0x04;
    static final int CTRL_E = 0x05;
    private static final int ESCAPE = 0x1B;

    private final ReceiveBuffer input;
    private final Console output;
    /** The newline character that ended the last line, so its CR LF partner is skipped. */
    private int lastNewline;

    LineEditor(ReceiveBuffer input, Console output) {
        this.input = input;
        this.output = output;
    }

    /** Prints {@code prompt} and reads one line into {@code line}. */
    int read(String prompt, ByteArrayOutputStream line) {
        input.keepUp();
        output.plain(prompt);
        line.reset();
        while (true) {
            int c = input.next(false);
            boolean newline = c == '\r' || c == '\n';
            if (newline && lastNewline != 0 && lastNewline != c) {
                lastNewline = 0; // the second half of CR LF
                continue;
            }
            lastNewline = newline ? c : 0;
            if (c >= CTRL_A && c <= CTRL_E && line.size() == 0 || c == CTRL_C) {
                return c;
            } else if (newline) {
                output.plain("\r\n");
                return ENTER;
            } else if (c == 8 || c == 127) {
                backspace(line);
            } else if (c == ESCAPE) {
                skipEscapeSequence();
            } else if (c >= 0x20) {
                line.write(c);
                output.raw(new byte[] {(byte) c});
            }
        }
    }

    private void backspace(ByteArrayOutputStream line) {
        if (line.size() > 0) {
            byte[] kept = line.toByteArray();
            line.reset();
            line.write(kept, 0, kept.length - 1);
            output.plain("\b\u001b[K");
        }
    }

    /** Cursor keys and the like ({@code ESC [ ... final} or {@code ESC O x}): this editor does not move the cursor. */
    private void skipEscapeSequence() {
        int c = input.next(false);
        if (c == 'O') {
            input.next(false);
        } else if (c == '[') {
            do {
                c = input.next(false);
            } while (c < 0x40 || c > 0x7E);
        }
    }
}
