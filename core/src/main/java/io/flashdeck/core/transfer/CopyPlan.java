package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/**
 * Where one source of a copy or move lands, decided as POSIX {@code cp} and {@code mv} decide:
 *
 * <ul>
 *   <li>into an existing directory: inside it, under the source's name;</li>
 *   <li>otherwise the destination itself becomes the copy (its parent must exist);</li>
 *   <li>a destination written with a trailing slash must be a directory: an existing file is an
 *       error, and a missing one is an error for a file source, while a directory source creates it
 *       (as GNU {@code cp -r} does);</li>
 *   <li>the root of a volume copies its contents into the destination, which is created when missing;</li>
 *   <li>a directory without {@code recursive} is omitted with an error; a directory never lands
 *       inside itself, and a file never replaces itself.</li>
 * </ul>
 */
public final class CopyPlan {

    private final Endpoint source;
    private final FileEntry sourceEntry;
    private final Endpoint target;

    private CopyPlan(Endpoint source, FileEntry sourceEntry, Endpoint target) {
        this.source = source;
        this.sourceEntry = sourceEntry;
        this.target = target;
    }

    /**
     * Plans {@code source} to {@code destination}.
     *
     * @param endsWithSlash the destination was written with a trailing slash
     * @param recursive     directories may be copied
     */
    public static CopyPlan resolve(Endpoint source, Endpoint destination, boolean endsWithSlash, boolean recursive)
            throws IOException {
        FileEntry entry = source.stat();
        if (entry.isDirectory() && !recursive) {
            throw TransferErrors.omittingDirectory(source.path());
        }
        Endpoint target = target(source, entry, destination, endsWithSlash);
        if (source.onSameVolume(target)) {
            if (entry.isDirectory() && source.path().contains(target.path())) {
                throw TransferErrors.intoItself(source.path());
            }
            if (entry.isFile() && source.path().equals(target.path())) {
                throw TransferErrors.sameFile(source.path());
            }
        }
        return new CopyPlan(source, entry, target);
    }

    private static Endpoint target(Endpoint source, FileEntry entry, Endpoint destination, boolean endsWithSlash)
            throws IOException {
        Optional<FileEntry> existing = destination.find();
        boolean isDirectory = existing.isPresent() && existing.get().isDirectory();
        if (existing.isPresent() && !isDirectory && (endsWithSlash || entry.isDirectory())) {
            if (endsWithSlash) {
                throw new NotDirectoryException(destination.path().toString());
            }
            throw TransferErrors.directoryOverFile(destination.path());
        }
        if (existing.isEmpty() && endsWithSlash && entry.isFile()) {
            throw new NotDirectoryException(destination.path().toString());
        }
        boolean contentsOnly = entry.isDirectory() && source.path().isRoot();
        return isDirectory && !contentsOnly ? destination.child(entry.name()) : destination;
    }

    public Endpoint source() {
        return source;
    }

    /** The source as it was when planned. */
    public FileEntry sourceEntry() {
        return sourceEntry;
    }

    /** The path the source itself becomes (for a directory: the directory its contents go to). */
    public Endpoint target() {
        return target;
    }

    /** Where {@code entry}, the source or an entry below it, lands. */
    Endpoint targetOf(FileEntry entry) {
        return new Endpoint(target.volume(), target.path().resolve(source.path().relativize(entry.path())));
    }
}
