package io.flashdeck.core.host;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Restates the host's file-system exceptions in terms of volume paths, keeping their type, so a
 * volume rooted in a folder never shows host paths and callers compare paths of one kind.
 */
final class HostErrors {

    private HostErrors() {
    }

    /** One call into the host file system. */
    @FunctionalInterface
    interface HostCall<T> {
        T call() throws IOException;
    }

    /** Runs {@code call}, restating a host exception about it in terms of {@code path}. */
    static <T> T onHost(VolumePath path, HostCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (FileSystemException e) {
            throw translate(e, path);
        }
    }

    static FileSystemException isDirectory(VolumePath path) {
        return new FileSystemException(path.toString(), null, "is a directory");
    }

    static AccessDeniedException readOnly(VolumePath path) {
        return new AccessDeniedException(path.toString(), null, "the volume is read-only");
    }

    private static FileSystemException translate(FileSystemException e, VolumePath path) {
        String file = path.toString();
        String reason = e.getReason();
        FileSystemException mapped;
        if (e instanceof NoSuchFileException) {
            mapped = new NoSuchFileException(file, null, reason);
        } else if (e instanceof FileAlreadyExistsException) {
            mapped = new FileAlreadyExistsException(file, null, reason);
        } else if (e instanceof DirectoryNotEmptyException) {
            mapped = new DirectoryNotEmptyException(file);
        } else if (e instanceof NotDirectoryException) {
            mapped = new NotDirectoryException(file);
        } else if (e instanceof AccessDeniedException) {
            mapped = new AccessDeniedException(file, null, reason);
        } else {
            mapped = new FileSystemException(file, null, reason);
        }
        mapped.initCause(e);
        return mapped;
    }
}
