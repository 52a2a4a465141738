package io.flashdeck.serial.emu;

/** Holds the camera's USB traffic both ways while stalled: a device that stops answering. */
final class Stall {

    private boolean stalled;
    private boolean released;

    synchronized void stall() {
        stalled = true;
    }

    synchronized void release() {
        stalled = false;
        notifyAll();
    }

    /** Ends every stall for good (the camera powers off). */
    synchronized void end() {
        released = true;
        release();
    }

    /** Waits while stalled. */
    synchronized void pass() {
        try {
            while (stalled && !released) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PowerLoss("interrupted while stalled");
        }
    }
}
