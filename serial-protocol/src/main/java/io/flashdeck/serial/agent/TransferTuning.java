package io.flashdeck.serial.agent;

/**
 * How much data the agent moves per credit.
 *
 * @param window          bytes the device reads (upload) or sends (download) per window; it
 *                        holds one window in RAM
 * @param early           bytes of the next upload window the device grants before it writes the
 *                        current one to its file: what its receive buffer holds while it is busy
 * @param downloadAhead   download windows the host asks for before the first has arrived
 */
public record TransferTuning(int window, int early, int downloadAhead) {

    /** A camera's USB receive buffer; what does not fit is dropped. */
    public static final int USB_RECEIVE_BUFFER = 512;
    private static final int MIN_WINDOW = 1024;
    private static final int MAX_WINDOW = 32 * 1024;

    public TransferTuning {
        if (window < 1 || window > 0xFFFF || early < 0 || early > window || downloadAhead < 1) {
            throw new IllegalArgumentException("bad transfer tuning: window " + window + ", early " + early
                    + ", ahead " + downloadAhead);
        }
    }

    /**
     * Windows of up to 32 KiB where the heap allows (an eighth of what is free: the agent holds one
     * window at a time, and each costs the link a round trip), and early credit
     * that fits a camera's 512-byte receive buffer with the frame header and, after the last
     * window, the host's 33-byte commit. MicroPython's
     * WebAssembly port reads a pipe with ample buffering, so there the whole next window is granted early.
     */
    public static TransferTuning forDevice(DeviceInfo info) {
        long byHeap = info.freeMemory() > 0 ? info.freeMemory() / 8 : MAX_WINDOW;
        int window = (int) Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, Long.highestOneBit(Math.max(1, byHeap))));
        int early = info.isWebAssembly() ? window : USB_RECEIVE_BUFFER - 64;
        return new TransferTuning(window, early, 2);
    }
}
