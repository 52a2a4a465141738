package io.flashdeck.serial.emu;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The camera's USB CDC receive buffer, as MicroPython's stm32 port keeps it: 512 bytes, and what
 * arrives while it is full is dropped. A Ctrl-C arriving while code runs with the interrupt
 * character set is never stored: it interrupts.
 *
 * <p>Timing is modelled without clocks, so tests are deterministic. The interpreter declares how
 * it reads: in a character loop (a REPL line) it keeps up with anything; when it is about to read
 * a known number of bytes without pause it {@linkplain #expect expects} them, and those never
 * wait in the buffer; any other byte waits in the 512 bytes until read. A burst from the host is
 * delivered whole before the interpreter can read any of it, so a client that sends more than it
 * was granted loses the excess at once, as on hardware.
 */
final class ReceiveBuffer {

    static final int CAPACITY = 512;
    /** Returned by {@link #next(boolean)} where bytes were dropped. */
    static final int GAP = -2;

    private static final int LOOSE = 0x100;
    private static final int GAP_MARK = 0x200;
    private static final long KEEPS_UP = Long.MAX_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int[] ring = new int[4 * CAPACITY];
    private int head;
    private int size;
    /** Bytes waiting that nobody was reading for: these must fit the 512 bytes. */
    private int loose;
    private long allowance = KEEPS_UP;
    private boolean interruptEnabled;
    private boolean interruptPending;
    private boolean inGap;
    private long dropped;
    private String stopped;

    /** Takes a burst from the USB side: stored, expected, interrupting, or dropped byte by byte. */
    void deliver(byte[] bytes, int offset, int length) {
        lock.lock();
        try {
            for (int i = offset; i < offset + length; i++) {
                int b = bytes[i] & 0xFF;
                if (interruptEnabled && b == 0x03) {
                    interruptPending = true;
                } else if (allowance > 0) {
                    if (allowance != KEEPS_UP) {
                        allowance--;
                    }
                    push(b);
                } else if (loose < CAPACITY) {
                    loose++;
                    push(b | LOOSE);
                } else {
                    dropped++;
                    if (!inGap) {
                        push(GAP_MARK);
                        inGap = true;
                    }
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next byte, waiting as long as it takes; {@link #GAP} where bytes were lost, if {@code gaps}. */
    int next(boolean gaps) {
        lock.lock();
        try {
            while (true) {
                awaitData();
                int entry = pop();
                if (entry != GAP_MARK) {
                    return entry & 0xFF;
                }
                if (gaps) {
                    return GAP;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads at least one and at most {@code length} bytes, waiting for the first; lost bytes are skipped. */
    int read(byte[] target, int offset, int length) {
        lock.lock();
        try {
            int n = 0;
            while (n == 0) {
                awaitData();
                while (n < length && size > 0) {
                    int entry = pop();
                    if (entry != GAP_MARK) {
                        target[offset + n++] = (byte) entry;
                    }
                }
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** The interpreter is in a character loop: it keeps up with whatever arrives. */
    void keepUp() {
        setAllowance(KEEPS_UP);
    }

    /** The interpreter is busy: what arrives waits in the buffer. */
    void busy() {
        setAllowance(0);
    }

    /** The interpreter will read the next {@code bytes} bytes as they arrive (declare before asking for them). */
    void expect(long bytes) {
        lock.lock();
        try {
            allowance = allowance == KEEPS_UP ? bytes : allowance + bytes;
        } finally {
            lock.unlock();
        }
    }

    /** Sets or clears Ctrl-C as the interrupt character ({@code micropython.kbd_intr}). */
    void setInterruptEnabled(boolean enabled) {
        lock.lock();
        try {
            interruptEnabled = enabled;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a Ctrl-C interrupted since the last call; clears it. */
    boolean takeInterrupt() {
        lock.lock();
        try {
            boolean pending = interruptPending;
            interruptPending = false;
            return pending;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code time} for a Ctrl-C to interrupt; true (and cleared) if one did. */
    boolean awaitInterrupt(Duration time) {
        lock.lock();
        try {
            long left = time.toNanos();
            while (!interruptPending && stopped == null && left > 0) {
                left = changed.awaitNanos(left);
            }
            checkRunning();
            return takeInterrupt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PowerLoss("interrupted");
        } finally {
            lock.unlock();
        }
    }

    /** Everything received is forgotten, as at power-up (which also ends a {@link #stop}). */
    void clear() {
        lock.lock();
        try {
            stopped = null;
            head = 0;
            size = 0;
            loose = 0;
            inGap = false;
            allowance = KEEPS_UP;
            interruptEnabled = false;
            interruptPending = false;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes dropped because the buffer was full, since the camera was made. */
    long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** The camera powers off: every wait ends with {@link PowerLoss}. */
    void stop(String reason) {
        lock.lock();
        try {
            stopped = reason;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void setAllowance(long value) {
        lock.lock();
        try {
            allowance = value;
        } finally {
            lock.unlock();
        }
    }

    private void awaitData() {
        try {
            while (size == 0) {
                checkRunning();
                changed.await(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PowerLoss("interrupted");
        }
    }

    private void checkRunning() {
        if (stopped != null) {
            throw new PowerLoss(stopped);
        }
    }

    private void push(int entry) {
        if (size == ring.length) {
            int[] grown = new int[ring.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = ring[(head + i) % ring.length];
            }
            ring = grown;
            head = 0;
        }
        ring[(head + size) % ring.length] = entry;
        size++;
        if (entry != GAP_MARK) {
            inGap = false;
        }
    }

    private int pop() {
        int entry = ring[head];
        head = (head + 1) % ring.length;
        size--;
        if ((entry & LOOSE) != 0) {
            loose--;
        }
        return entry;
    }
}
