package io.flashdeck.app.report;

import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an exception into the short phrase that ends an error line. */
public final class ErrorPhrases {

    private ErrorPhrases() {
    }

    /**
     * The phrase for {@code e}; the file it names is prefixed unless it is the operand itself.
     *
     * @param operand the operand's path within its volume, or null when it was never opened
     */
    public static String describe(Exception e, VolumePath operand) {
        if (e instanceof FileSystemException failure) {
            String file = failure.getFile();
            boolean aboutOperand = file == null || (operand != null && file.equals(operand.toString()));
            return aboutOperand ? phrase(failure) : file + ": " + phrase(failure);
        }
        if (e instanceof VolumeFullException) {
            return "volume full (" + e.getMessage() + ")";
        }
        if (e instanceof CorruptVolumeException) {
            return "damaged volume: " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String phrase(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "file system error";
    }
}
