package io.flashdeck.serial.link;

import java.io.InterruptedIOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded ring of bytes between one producer and one consumer, copied in bulk. Once ended,
 * the consumer still gets what is buffered and then the end; producers are refused.
 */
final class ByteQueue {

    private final byte[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private int head;
    private int size;
    private String endReason;

    ByteQueue(int capacity) {
        ring = new byte[capacity];
    }

    /** Appends all bytes, waiting while the ring is full. */
    void put(byte[] buffer, int offset, int length) throws LinkClosedException, InterruptedIOException {
        lock.lock();
        try {
            while (length > 0) {
                while (size == ring.length && endReason == null) {
                    awaitRoom();
                }
                if (endReason != null) {
                    throw new LinkClosedException(endReason);
                }
                int tail = (head + size) % ring.length;
                int chunk = Math.min(length, Math.min(ring.length - size, ring.length - tail));
                System.arraycopy(buffer, offset, ring, tail, chunk);
                size += chunk;
                offset += chunk;
                length -= chunk;
                notEmpty.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes up to {@code length} bytes, waiting up to {@code timeoutNanos} for the first.
     *
     * @return bytes taken, 0 on timeout, -1 when the queue has ended and is empty
     */
    int take(byte[] buffer, int offset, int length, long timeoutNanos) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        lock.lock();
        try {
            long remaining = timeoutNanos;
            while (size == 0) {
                if (endReason != null) {
                    return -1;
                }
                if (remaining <= 0) {
                    return 0;
                }
                try {
                    remaining = notEmpty.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for data");
                }
            }
            int taken = 0;
            while (taken < length && size > 0) {
                int chunk = Math.min(length - taken, Math.min(size, ring.length - head));
                System.arraycopy(ring, head, buffer, offset + taken, chunk);
                head = (head + chunk) % ring.length;
                size -= chunk;
                taken += chunk;
            }
            notFull.signalAll();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** No more bytes will be accepted; the first reason given is kept for messages. */
    void end(String reason) {
        lock.lock();
        try {
            if (endReason == null) {
                endReason = reason;
            }
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Why the queue ended, or null while it is open. */
    String endReason() {
        lock.lock();
        try {
            return endReason;
        } finally {
            lock.unlock();
        }
    }

    private void awaitRoom() throws InterruptedIOException {
        try {
            notFull.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for room");
        }
    }
}
