package io.flashdeck.serial.emu;

import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The {@code OSError} MicroPython raises for what the FAT engine reported (FatFs's result, through MicroPython's errno table). */
final class OsErrors {

    private OsErrors() {
    }

    /**
     * The error for {@code e}; {@code whenFull} is how the operation reports a full volume (a file
     * write comes up short: {@code ENOSPC}; FatFs refuses directory changes: {@code EACCES}).
     */
    static PyException of(IOException e, String whenFull) {
        if (e instanceof PyException raised) {
            return raised; // raised by the code that fed the engine (a cancelled transfer)
        }
        String name;
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            name = "ENOENT";
        } else if (e instanceof FileAlreadyExistsException) {
            name = "EEXIST";
        } else if (e instanceof DirectoryNotEmptyException || e instanceof AccessDeniedException) {
            name = "EACCES";
        } else if (e instanceof VolumeFullException) {
            name = whenFull;
        } else if (e instanceof CorruptVolumeException) {
            name = "EIO";
        } else if (e instanceof FileSystemException) {
            name = "EINVAL"; // a name or a move FatFs refuses
        } else {
            name = "EIO";
        }
        return PyException.os(name);
    }
}
