package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a copy's files, in tree order, into batches for a volume that moves several files per
 * call: runs of consecutive files, each at most a number of files and an amount of content,
 * unless the run is a single larger file.
 */
final class Batches {

    /**
     * Content a batch of several files read from a camera carries at most: such a batch cannot be
     * cancelled inside it, so on a link of about 1 MB/s it must end within a fraction of a second.
     */
    static final long MAX_BYTES = 256 * 1024;

    /** Files {@code from} (inclusive) to {@code to} (exclusive) of the list that was cut. */
    record Span(int from, int to) {
    }

    private Batches() {
    }

    static List<Span> cut(List<FileEntry> files, int maxFiles, long maxBytes) {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("a batch holds at least one file, not " + maxFiles);
        }
        List<Span> batches = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            long size = files.get(i).size();
            if (i > from && (i - from == maxFiles || bytes + size > maxBytes)) {
                batches.add(new Span(from, i));
                from = i;
                bytes = 0;
            }
            bytes += size;
        }
        if (from < files.size()) {
            batches.add(new Span(from, files.size()));
        }
        return batches;
    }
}
