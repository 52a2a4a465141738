package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.VolumePath;

/**
 * Told how a transfer goes. Every file is started and finished, also one skipped by the conflict
 * policy; the overall count then jumps by its size, so it always ends at the total.
 */
public interface TransferProgress {

    TransferProgress NONE = new TransferProgress() { };

    /** A file of {@code size} bytes at {@code source} is next. */
    default void fileStarted(VolumePath source, long size) {
    }

    /** {@code fileBytes} of the current file are done, and {@code overallBytes} of {@code totalBytes}. */
    default void advanced(long fileBytes, long overallBytes, long totalBytes) {
    }

    default void fileFinished(VolumePath source) {
    }
}
