package io.flashdeck.core.host;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Maps volume paths to host paths below one root and keeps them there.
 *
 * <p>{@code ..} cannot occur in a {@link VolumePath}, so only two things could lead out of the
 * root: a name the host parses as more than one name (a backslash on Windows), which is refused,
 * and a symbolic link pointing elsewhere, which {@link #real} refuses.
 */
final class HostPaths {

    private final Path root;
    /** The root is the top of the host's file system ({@code /}, {@code C:\}). */
    private final boolean holdsEverything;
    /**
     * The host separates names by {@code '/'} alone (not Windows): there an ASCII name, which
     * holds no {@code '/'} and is never {@code .} or {@code ..}, is always exactly one host name.
     */
    private final boolean slashOnly;
    /** The directory mapped last: a copy maps the paths of one directory's files one after another. */
    private volatile Mapped last;

    private record Mapped(VolumePath directory, Path host) {
    }

    HostPaths(Path root) throws IOException {
        this.root = root.toRealPath();
        if (!Files.isDirectory(this.root)) {
            throw new NotDirectoryException(root.toString());
        }
        this.holdsEverything = this.root.getParent() == null;
        this.slashOnly = this.root.getFileSystem().getSeparator().equals("/");
    }

    /** The root directory, links resolved. */
    Path root() {
        return root;
    }

    /** The host path of {@code path}, without following any link. */
    Path lexical(VolumePath path) throws IOException {
        if (path.isRoot()) {
            return root;
        }
        VolumePath parent = path.parent();
        Mapped mapped = last;
        Path directory;
        if (mapped != null && mapped.directory().equals(parent)) {
            directory = mapped.host();
        } else {
            directory = root;
            for (String name : parent.names()) {
                directory = child(directory, name, path);
            }
            last = new Mapped(parent, directory);
        }
        return child(directory, path.name(), path);
    }

    /** {@code name} inside host directory {@code directory}, refused unless it is exactly one name. */
    Path child(Path directory, String name, VolumePath path) throws IOException {
        if (slashOnly && isAscii(name)) {
            return directory.resolve(name);
        }
        try {
            Path child = directory.resolve(name);
            if (child.getNameCount() == directory.getNameCount() + 1
                    && child.getFileName().toString().equals(name)) {
                return child;
            }
        } catch (InvalidPathException e) {
            // falls through to the refusal below: the host cannot store this name
        }
        throw new FileSystemException(path.toString(), null, "not a valid file name on this system");
    }

    /**
     * The real host path of an existing {@code path}, links followed; refused when a link leads
     * outside the root. Below the top of the host's file system no link can lead outside: there
     * the path is kept as named (the host follows its links when it is used), which spares a
     * look-up per path element and per file when thousands of files are extracted.
     */
    Path real(VolumePath path) throws IOException {
        Path lexical = lexical(path);
        return holdsEverything ? lexical : resolved(lexical, path);
    }

    /** {@code host}, the host path of {@code path}, with every link resolved; refused when one leads outside. */
    Path resolved(Path host, VolumePath path) throws IOException {
        Path real = HostErrors.onHost(path, host::toRealPath);
        requireInside(real, path);
        return real;
    }

    /**
     * An ASCII name survives any host's encoding of names; others are checked by reading the
     * host's name back, which every name paid for when thousands of files were extracted.
     */
    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    void requireInside(Path real, VolumePath path) throws AccessDeniedException {
        if (!real.startsWith(root)) {
            throw new AccessDeniedException(path.toString(), null, "a link leads outside the volume");
        }
    }
}
