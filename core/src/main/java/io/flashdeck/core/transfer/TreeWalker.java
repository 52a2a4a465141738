package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a directory tree depth first, each directory's children sorted by name so that listings
 * and copies go in a stable order. The depth is bounded: a link loop on the host or a cyclic
 * directory in a damaged image ends in an error, not in an endless walk.
 */
public final class TreeWalker {

    /** Directory levels below the start that are walked; one more is an error. */
    public static final int MAX_DEPTH = 64;

    /** Sees each directory with its sorted children, parents before the directories they hold. */
    @FunctionalInterface
    public interface Visitor {
        void directory(FileEntry directory, List<FileEntry> children) throws IOException;
    }

    private static final Comparator<FileEntry> BY_NAME = new ByName();

    private TreeWalker() {
    }

    /** A class rather than {@code Comparator.comparing}, whose two method-handle links cost a command's start 2 ms. */
    private static final class ByName implements Comparator<FileEntry> {
        @Override
        public int compare(FileEntry a, FileEntry b) {
            return a.name().compareTo(b.name());
        }
    }

    /** The entries of {@code directory}, sorted by name. */
    public static List<FileEntry> sortedChildren(Volume volume, VolumePath directory) throws IOException {
        List<FileEntry> children = new ArrayList<>(volume.list(directory));
        children.sort(BY_NAME);
        return children;
    }

    /** Visits {@code start} and every directory below it; nothing when {@code start} is a file. */
    public static void walk(Volume volume, FileEntry start, Visitor visitor) throws IOException {
        if (start.isDirectory()) {
            walk(volume, start, visitor, 0);
        }
    }

    private static void walk(Volume volume, FileEntry directory, Visitor visitor, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new FileSystemException(directory.path().toString(), null,
                    "more than " + MAX_DEPTH + " directory levels (a link loop?)");
        }
        List<FileEntry> children = sortedChildren(volume, directory.path());
        visitor.directory(directory, children);
        for (FileEntry child : children) {
            if (child.isDirectory()) {
                walk(volume, child, visitor, depth + 1);
            }
        }
    }

    /**
     * {@code start} and everything below it, each directory before its contents (so the list
     * read backwards has every directory after its contents).
     */
    public static List<FileEntry> entries(Volume volume, FileEntry start) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        entries.add(start);
        walk(volume, start, (directory, children) -> entries.addAll(children));
        return entries;
    }
}
