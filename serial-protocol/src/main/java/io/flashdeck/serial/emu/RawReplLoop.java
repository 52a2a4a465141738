package io.flashdeck.serial.emu;

import java.io.ByteArrayOutputStream;

/**
 * The raw REPL ({@code pyexec.c}): code up to Ctrl-D, {@code OK}, its output, {@code \x04}, its
 * traceback, {@code \x04}, {@code >}. Ctrl-C clears the line, Ctrl-D on an empty line
 * soft-resets, Ctrl-B leaves, Ctrl-A prints the banner again, and {@code \x05A\x01} starts a raw paste.
 */
final class RawReplLoop {

    static final String BANNER = "raw REPL; CTRL-B to exit\r\n";
    private static final int CTRL_A = 0x01;
    private static final int CTRL_B = 0x02;
    private static final int CTRL_C = 0x03;
    private static final int CTRL_D = 0x04;
    private static final int CTRL_E = 0x05;

    private final ReceiveBuffer input;
    private final Console output;
    private final CodeRunner runner;
    private final RawPasteReceiver paste;

    RawReplLoop(ReceiveBuffer input, Console output, CodeRunner runner, boolean rawPaste) {
        this.input = input;
        this.output = output;
        this.runner = runner;
        this.paste = new RawPasteReceiver(input, output, rawPaste);
    }

    ReplExit run() {
        output.plain(BANNER);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            line.reset();
            input.keepUp();
            output.plain(">");
            int c = input.next(false);
            for (; c != CTRL_D; c = input.next(false)) {
                if (c == CTRL_A) {
                    byte[] typed = line.toByteArray();
                    if (typed.length == 2 && typed[0] == CTRL_E) {
                        byte[] code = paste.receive(typed[1]);
                        if (code != null && finish(runner.run(code))) {
                            return ReplExit.HARD_RESET;
                        }
                        input.keepUp();
                        output.plain(">");
                    } else {
                        output.plain(BANNER + ">");
                    }
                    line.reset();
                } else if (c == CTRL_B) {
                    output.plain("\r\n");
                    return ReplExit.TO_FRIENDLY;
                } else if (c == CTRL_C) {
                    line.reset();
                } else {
                    line.write(c);
                }
            }
            output.plain("OK");
            if (line.size() == 0) {
                output.plain("\r\n");
                return ReplExit.SOFT_RESET;
            }
            if (finish(runner.run(line.toByteArray()))) {
                return ReplExit.HARD_RESET;
            }
        }
    }

    /** Ends the output as the raw REPL does: {@code \x04}, the traceback if any, {@code \x04}; true for a hard reset. */
    private boolean finish(CodeRunner.Result result) {
        if (result.hardReset()) {
            return true;
        }
        output.text("\u0004" + (result.error() == null ? "" : result.error().traceback("<stdin>", result.line()))
                + "\u0004");
        return false;
    }
}
