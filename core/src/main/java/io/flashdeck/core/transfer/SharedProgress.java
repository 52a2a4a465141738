package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.util.function.LongConsumer;

/**
 * Keeps the overall count of a copy whose files may be in flight side by side, and passes the
 * reports on one at a time, so a {@link TransferProgress} never has to be thread-safe. The count
 * is every finished file's size plus what the files in flight have done: it only grows, and ends
 * at the total.
 */
final class SharedProgress {

    private final TransferProgress progress;
    private long total;
    private long done;

    SharedProgress(TransferProgress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    /** {@code bytes} more to copy: a file the walk of the tree found while files are copied already. */
    synchronized void grow(long bytes) {
        total += bytes;
    }

    /** Reports {@code entry} as started; the counter takes its byte counts as it is written. */
    synchronized FileCounter started(FileEntry entry) {
        progress.fileStarted(entry.path(), entry.size());
        return new FileCounter(entry);
    }

    private synchronized void advanced(long fileBytes, long newBytes) {
        done += newBytes;
        progress.advanced(fileBytes, done, total);
    }

    /** One file's part of the count. */
    final class FileCounter implements LongConsumer {

        private final FileEntry entry;
        private long counted;

        private FileCounter(FileEntry entry) {
            this.entry = entry;
        }

        /** {@code bytes} of this file are done. */
        @Override
        public void accept(long bytes) {
            long newBytes = bytes - counted;
            counted = bytes;
            advanced(bytes, newBytes);
        }

        /** The file is done, or left alone: the count jumps to its whole size. */
        void finished() {
            accept(entry.size());
            synchronized (SharedProgress.this) {
                progress.fileFinished(entry.path());
            }
        }
    }
}
