package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;

/**
 * Copies a tree on a few threads that start on the first files while the tree is still being
 * walked: listing thousands of entries of an image takes the first tens of milliseconds of a
 * command, when the copy's threads would otherwise wait. Each directory is made as the walk
 * reaches it, before any file inside it is handed out; files go in tree order, and the
 * progress's total grows as the walk finds them.
 */
final class WalkingCopy {

    /** Makes the target of a source directory, merging into one that is there. */
    @FunctionalInterface
    interface DirectoryMaker {
        void make(FileEntry directory) throws IOException;
    }

    /** Copies one file, number {@code index} in tree order. */
    @FunctionalInterface
    interface FileCopier {
        void copy(int index, FileEntry file) throws IOException;
    }

    /** Ends the walk once the copy's threads stopped on a failure, which is then the one reported. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private WalkingCopy() {
    }

    static void copy(Volume source, FileEntry start, int threads, DirectoryMaker directories, FileCopier files,
            SharedProgress progress, Cancellation cancellation) throws IOException {
        FileFeed feed = new FileFeed();
        Workers.runFed(feed, threads, index -> files.copy(index, feed.get(index)), stopped -> {
            directories.make(start);
            try {
                TreeWalker.walk(source, start, (directory, children) -> {
                    for (FileEntry child : children) {
                        if (stopped.getAsBoolean()) {
                            throw new Stopped();
                        }
                        cancellation.check();
                        if (child.isDirectory()) {
                            directories.make(child);
                        } else {
                            progress.grow(child.size());
                            feed.add(child);
                        }
                    }
                });
            } catch (Stopped failedElsewhere) {
                // the failure that stopped the threads is thrown once they are done
            }
        });
    }
}
