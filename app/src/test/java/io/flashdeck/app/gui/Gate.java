package io.flashdeck.app.gui;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Holds a worker thread at a call until the test opens it: a medium that takes its time. */
final class Gate {

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);

    /** Called by the held thread: waits until the test opens the gate, 30 s at most. */
    void pass() throws IOException {
        reached.countDown();
        try {
            if (!opened.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted at the gate");
        }
    }

    /** Whether a thread reached the gate within 10 s. */
    boolean awaitReached() throws InterruptedException {
        return reached.await(10, TimeUnit.SECONDS);
    }

    void open() {
        opened.countDown();
    }

    boolean isOpen() {
        return opened.getCount() == 0;
    }
}
