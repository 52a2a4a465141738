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

    HostPaths(Path root) throws IOException {
        this.root = root.toRealPath();
        if (!Files.isDirectory(this.root)) {
            throw new NotDirectoryException(root.toString());
        }
    }

    /** The root directory, links resolved. */
    Path root() {
        return root;
    }

    /** The host path of {@code path}, without following any link. */
    Path lexical(VolumePath path) throws IOException {
        Path host = root;
        for (String name : path.names()) {
            host = child(host, name, path);
        }
        return host;
    }

    /** {@code name} inside host directory {@code directory}, refused unless it is exactly one name. */
    Path child(Path directory, String name, VolumePath path) throws IOException {
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
     * outside the root.
     */
    Path real(VolumePath path) throws IOException {
        Path lexical = lexical(path);
        Path real = HostErrors.onHost(path, lexical::toRealPath);
        requireInside(real, path);
        return real;
    }

    void requireInside(Path real, VolumePath path) throws AccessDeniedException {
        if (!real.startsWith(root)) {
            throw new AccessDeniedException(path.toString(), null, "a link leads outside the volume");
        }
    }
}
