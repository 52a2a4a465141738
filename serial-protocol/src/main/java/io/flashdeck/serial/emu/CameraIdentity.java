package io.flashdeck.serial.emu;

/**
 * Who the virtual camera says it is: an OpenMV Cam H7 running OpenMV firmware 4.7 on MicroPython
 * 1.26, with the heap such a camera has free for the agent.
 */
final class CameraIdentity {

    static final String MICROPYTHON = "1.26.0";
    static final String FIRMWARE = "4.7.0";
    static final String MACHINE = "OpenMV Cam H7 with STM32H743";
    static final String BOARD = "H7";
    /** {@code sys.platform} of MicroPython's stm32 port. */
    static final String PLATFORM = "pyboard";
    /** {@code gc.mem_free()} after a collection, with the agent loaded. */
    static final long FREE_HEAP = 245_760;

    /** The friendly REPL's banner, as {@code pyexec.c} prints it. */
    static final String BANNER = "MicroPython v" + MICROPYTHON + "-r0 OpenMV v" + FIRMWARE + " 2025-07-18; "
            + MACHINE + "\r\nType \"help()\" for more information.\r\n";

    private CameraIdentity() {
    }
}
