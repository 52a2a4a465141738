package io.flashdeck.serial.emu;

import java.time.Duration;
import java.util.Locale;

/**
 * A {@code main.py} that runs from power-up printing a line every couple of milliseconds
 * ({@code while True: print(...)}) until a Ctrl-C interrupts it, as a camera running a vision
 * script does when FlashDeck connects.
 */
final class BusyScript {

    private static final Duration FRAME = Duration.ofMillis(2);
    /** The line of {@code main.py} the loop prints from, for the traceback. */
    private static final int LOOP_LINE = 7;

    private final ReceiveBuffer input;
    private final Console output;

    BusyScript(ReceiveBuffer input, Console output) {
        this.input = input;
        this.output = output;
    }

    void run() {
        input.busy();
        input.setInterruptEnabled(true);
        try {
            for (long frame = 0; !input.awaitInterrupt(FRAME); frame++) {
                output.text(String.format(Locale.ROOT, "frame %d, %.2f fps\n", frame, 29.97));
            }
        } finally {
            input.setInterruptEnabled(false);
        }
        output.text(PyException.keyboardInterrupt().traceback("main.py", LOOP_LINE));
    }
}
