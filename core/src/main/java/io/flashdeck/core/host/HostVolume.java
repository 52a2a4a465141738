package io.flashdeck.core.host;

import static io.flashdeck.core.host.HostErrors.onHost;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host file system below one directory, seen as a {@link Volume}.
 *
 * <p>Symbolic links are followed: a link is listed, read and written as what it points to. A
 * path that leads outside the root through a link is refused ({@link AccessDeniedException}), and
 * listings leave out links that point outside the root, nowhere, or in a loop, so a volume rooted
 * in a folder never shows or changes anything else. Deleting or renaming a link acts on the link
 * itself, as on the host. Errors name volume paths, never host paths.
 *
 * <p>A {@link #write} replaces an old file only once the new one is complete, and a new file
 * that fails part way, or whose copy is stopped, is removed again (see {@link HostFileWriter}):
 * a failing source, a cut camera link or a stopped FlashDeck never leaves a partial file under
 * the real name, and never costs a file its old content. Durability against power loss is left
 * to the host's file system, as for {@code cp}: forcing each file to the disk made extracting
 * thousands of small files several times slower than mtools.
 */
public final class HostVolume implements Volume {

    private final HostPaths paths;
    private final boolean readOnly;

    public HostVolume(Path root) throws IOException {
        this(root, false);
    }

    public HostVolume(Path root, boolean readOnly) throws IOException {
        this.paths = new HostPaths(root);
        this.readOnly = readOnly;
    }

    @Override
    public String name() {
        return paths.root().toString();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Calls share nothing but the root, so files can be worked on side by side. */
    @Override
    public boolean allowsConcurrentUse() {
        return true;
    }

    @Override
    public FileEntry stat(VolumePath path) throws IOException {
        Path real = paths.real(path);
        return HostAttributes.entry(path, onHost(path, () -> Files.readAttributes(real, BasicFileAttributes.class)));
    }

    /**
     * Nothing at {@code path} is answered by one look-up without an exception: a copy asks this
     * for every file it writes, and thrown exceptions were a fifth of extracting small files.
     */
    @Override
    public Optional<FileEntry> find(VolumePath path) throws IOException {
        // follows links, as stat does: a link leading nowhere is nothing here too
        return Files.exists(paths.lexical(path)) ? Volume.super.find(path) : Optional.empty();
    }

    @Override
    public List<FileEntry> list(VolumePath directory) throws IOException {
        Path real = paths.real(directory);
        return onHost(directory, () -> {
            List<FileEntry> entries = new ArrayList<>();
            try (DirectoryStream<Path> children = Files.newDirectoryStream(real)) {
                for (Path child : children) {
                    listed(directory.resolve(child.getFileName().toString()), child).ifPresent(entries::add);
                }
            }
            return entries;
        });
    }

    /** The entry for a listed child; empty for a link that cannot be followed inside the root, or a child gone meanwhile. */
    private Optional<FileEntry> listed(VolumePath path, Path child) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                Path target = child.toRealPath();
                paths.requireInside(target, path);
                attributes = Files.readAttributes(target, BasicFileAttributes.class);
            }
        } catch (NoSuchFileException | AccessDeniedException notPartOfThisVolume) {
            return Optional.empty();
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(child)) {
                return Optional.empty(); // a link loop, or another link that cannot be followed
            }
            throw e;
        }
        return Optional.of(HostAttributes.entry(path, attributes));
    }

    @Override
    public InputStream openRead(VolumePath file) throws IOException {
        Path real = paths.real(file);
        if (Files.isDirectory(real)) {
            throw HostErrors.isDirectory(file);
        }
        return onHost(file, () -> Files.newInputStream(real));
    }

    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        requireWritable(file);
        if (file.isRoot()) {
            throw HostErrors.isDirectory(file);
        }
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        Path named = paths.child(paths.real(file.parent()), file.name(), file);
        try {
            onHost(file, () -> {
                // A new file, the common case, is created at once; whatever is in its place makes
                // that fail, and only then is looked at.
                if (!HostFileWriter.create(named, content, length, options)) {
                    writeOver(file, named, content, length, options);
                }
                return null;
            });
        } catch (FileSystemException e) {
            requireDirectory(file.parent()); // the parent is looked at only when something failed
            throw e;
        }
    }

    /**
     * Writes over what is at {@code named}: a file is replaced and its access bits kept; a link is
     * written through, so the link stays and the file it points to changes; a link leading nowhere
     * is replaced by the file; a directory is refused.
     */
    private void writeOver(VolumePath file, Path named, InputStream content, long length, WriteOptions options)
            throws IOException {
        BasicFileAttributes found = Files.readAttributes(named, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean danglingLink = found.isSymbolicLink() && !Files.exists(named);
        Path target = found.isSymbolicLink() && !danglingLink ? paths.resolved(named, file) : named;
        if (Files.isDirectory(target)) {
            throw HostErrors.isDirectory(file);
        }
        HostFileWriter.replace(target, !danglingLink, content, length, options);
    }

    @Override
    public void mkdir(VolumePath directory) throws IOException {
        requireWritable(directory);
        if (directory.isRoot()) {
            throw new FileAlreadyExistsException(directory.toString());
        }
        Path host = inDirectory(directory);
        onHost(directory, () -> Files.createDirectory(host));
    }

    @Override
    public void delete(VolumePath path) throws IOException {
        requireWritable(path);
        if (path.isRoot()) {
            throw new AccessDeniedException(path.toString(), null, "the volume root cannot be deleted");
        }
        Path host = inDirectory(path);
        onHost(path, () -> {
            Files.delete(host);
            return null;
        });
    }

    @Override
    public void rename(VolumePath from, VolumePath to) throws IOException {
        requireWritable(from);
        if (from.isRoot() || to.isRoot()) {
            throw new AccessDeniedException(from.toString(), null, "the volume root cannot be renamed");
        }
        if (from.contains(to)) {
            throw new FileSystemException(from.toString(), null, "cannot move a directory into itself");
        }
        Path source = inDirectory(from);
        Path target = inDirectory(to);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        onHost(from, () -> Files.move(source, target));
    }

    /**
     * The host path of {@code path} inside its real parent directory; the last name is not
     * followed, so deletes and renames act on a link itself.
     */
    private Path inDirectory(VolumePath path) throws IOException {
        return paths.child(requireDirectory(path.parent()), path.name(), path);
    }

    /** The real host path of {@code directory}; refused when it is missing or not a directory. */
    private Path requireDirectory(VolumePath directory) throws IOException {
        Path real = paths.real(directory);
        if (!onHost(directory, () -> Files.readAttributes(real, BasicFileAttributes.class)).isDirectory()) {
            throw new NotDirectoryException(directory.toString());
        }
        return real;
    }

    @Override
    public SpaceInfo space() throws IOException {
        FileStore store = onHost(VolumePath.ROOT, () -> Files.getFileStore(paths.root()));
        long blockSize;
        try {
            blockSize = store.getBlockSize();
        } catch (UnsupportedOperationException unknown) {
            blockSize = 0;
        }
        return new SpaceInfo(store.type(), store.getTotalSpace(), store.getUsableSpace(), blockSize);
    }

    @Override
    public void flush() {
        // the host's file system writes back on its own schedule, as for cp
    }

    @Override
    public void close() {
        // holds no open host resources between calls
    }

    private void requireWritable(VolumePath path) throws AccessDeniedException {
        if (readOnly) {
            throw HostErrors.readOnly(path);
        }
    }
}
