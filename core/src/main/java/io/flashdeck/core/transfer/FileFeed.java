package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a copy has found so far, in tree order, handed out to its threads while the tree is
 * still being walked. An index names a file for good: the tally reports skipped files by it.
 */
final class FileFeed {

    private final List<FileEntry> files = new ArrayList<>();
    private int handedOut;
    private boolean complete;

    synchronized void add(FileEntry file) {
        files.add(file);
        notifyAll();
    }

    /** No more files will come. */
    synchronized void complete() {
        complete = true;
        notifyAll();
    }

    /** The index of the next file, once the walk has found it; -1 when the walk is over and every file handed out. */
    synchronized int next() throws InterruptedException {
        while (handedOut == files.size() && !complete) {
            wait();
        }
        return handedOut < files.size() ? handedOut++ : -1;
    }

    synchronized FileEntry get(int index) {
        return files.get(index);
    }
}
