package io.flashdeck.serial.emu;

/** Why one of the camera's REPLs returned. */
enum ReplExit {
    /** Ctrl-A: to the raw REPL. */
    TO_RAW,
    /** Ctrl-B in the raw REPL: to the friendly REPL. */
    TO_FRIENDLY,
    /** Ctrl-D on an empty line. */
    SOFT_RESET,
    /** {@code machine.reset()}. */
    HARD_RESET
}
