package io.flashdeck.serial.emu;

/** Holds the camera's USB traffic both ways while stalled: a device that stops answering. */
final class Stall {

    private boolean stalled;

    synchronized void stall() {
        stalled = true;
    }

    synchronized void release() {
        stalled = false;
        notifyAll();
    }

    /** Waits while stalled. */
    synchronized void pass() {
        try {
            while (stalled) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PowerLoss("interrupted while stalled");
        }
    }
}
