package io.flashdeck.serial.emu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The friendly REPL a person types at ({@code pyexec.c}): banner, {@code >>> } and {@code ... }
 * prompts, Ctrl-A to the raw REPL, Ctrl-B for the banner, Ctrl-C to cancel, Ctrl-D to soft-reset,
 * Ctrl-E for paste mode. What is typed runs through the {@link CodeRunner}.
 */
final class FriendlyRepl {

    private final ReceiveBuffer input;
    private final Console output;
    private final CodeRunner runner;
    private final LineEditor editor;

    FriendlyRepl(ReceiveBuffer input, Console output, CodeRunner runner) {
        this.input = input;
        this.output = output;
        this.runner = runner;
        this.editor = new LineEditor(input, output);
    }

    ReplExit run() {
        output.plain(CameraIdentity.BANNER);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int key = editor.read(">>> ", line);
            switch (key) {
                case LineEditor.CTRL_A -> {
                    output.plain("\r\n");
                    return ReplExit.TO_RAW;
                }
                case LineEditor.CTRL_B -> output.plain("\r\n" + CameraIdentity.BANNER);
                case LineEditor.CTRL_C -> output.plain("\r\n");
                case LineEditor.CTRL_D -> {
                    output.plain("\r\n");
                    return ReplExit.SOFT_RESET;
                }
                case LineEditor.CTRL_E -> {
                    if (run(pasteMode())) {
                        return ReplExit.HARD_RESET;
                    }
                }
                default -> {
                    String typed = line.toString(StandardCharsets.UTF_8);
                    if (!typed.isEmpty() && run(moreLines(typed))) {
                        return ReplExit.HARD_RESET;
                    }
                }
            }
        }
    }

    /** Reads continuation lines while the input is incomplete; null when cancelled. */
    private byte[] moreLines(String first) {
        StringBuilder code = new StringBuilder(first);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (Continuation.needsMore(code.toString())) {
            int key = editor.read("... ", line);
            if (key == LineEditor.CTRL_C) {
                output.plain("\r\n");
                return null;
            }
            if (key == LineEditor.CTRL_D) {
                break;
            }
            if (key == LineEditor.ENTER) {
                code.append('\n').append(line.toString(StandardCharsets.UTF_8));
            }
        }
        return code.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Ctrl-E: echoes everything until Ctrl-D runs it or Ctrl-C cancels; null when cancelled. */
    private byte[] pasteMode() {
        input.keepUp();
        output.plain("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        while (true) {
            int c = input.next(false);
            if (c == LineEditor.CTRL_C || c == LineEditor.CTRL_D) {
                output.plain("\r\n");
                return c == LineEditor.CTRL_D ? code.toByteArray() : null;
            }
            code.write(c);
            if (c == '\r') {
                output.plain("\r\n=== ");
            } else {
                output.raw(new byte[] {(byte) c});
            }
        }
    }

    /** Runs typed code, printing its traceback if it raised; true when it reset the camera. */
    private boolean run(byte[] code) {
        if (code == null) {
            return false;
        }
        CodeRunner.Result result = runner.run(code);
        if (result.error() != null) {
            output.text(result.error().traceback("<stdin>", result.line()));
        }
        return result.hardReset();
    }
}
