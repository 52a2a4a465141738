package io.flashdeck.serial.agent;

import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.serial.repl.DeviceException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an agent call's device exception into the {@code java.nio.file} exception that fits.
 *
 * <p>The agent raises {@code OSError('fd:ENAME')} for everything it checks itself. Errors of the
 * file system come through with the port's errno: MicroPython's own numbers (which are Linux's)
 * with or without the name, or, on the WebAssembly port, Emscripten's numbers under names that
 * belong to other numbers; so a number is read with the table of the device's port.
 */
final class AgentErrors {

    private static final Pattern AGENT = Pattern.compile("fd:(E[A-Z]+)");
    private static final Pattern ERRNO = Pattern.compile("^\\[Errno (-?\\d+)]\\s*(E[A-Z]+)?|^(-?\\d+)$");

    /** MicroPython's errno numbers (py/mperrno.h, equal to Linux's), plus Linux's ENOTEMPTY. */
    private static final Map<Integer, String> MICROPYTHON = Map.of(1, "EPERM", 2, "ENOENT", 5, "EIO",
            13, "EACCES", 17, "EEXIST", 20, "ENOTDIR", 21, "EISDIR", 28, "ENOSPC", 30, "EROFS", 39, "ENOTEMPTY");
    /** Emscripten's (the WASI order), what VfsPosix raises on MicroPython's WebAssembly port. */
    private static final Map<Integer, String> EMSCRIPTEN = Map.of(2, "EACCES", 20, "EEXIST", 29, "EIO",
            31, "EISDIR", 44, "ENOENT", 51, "ENOSPC", 54, "ENOTDIR", 55, "ENOTEMPTY", 63, "EPERM", 69, "EROFS");

    private AgentErrors() {
    }

    /**
     * The exception for {@code e}; {@code file} (and {@code other}, the second path of a rename,
     * or null) name what the call was about, as shown to the user.
     */
    static IOException map(DeviceException e, String file, String other, boolean webAssembly) {
        Optional<String> name = errorName(e, webAssembly);
        if (name.isEmpty()) {
            return withCause(new IOException(file + ": the device failed: " + e.getMessage()), e);
        }
        IOException mapped = switch (name.get()) {
            case "ENOENT" -> new NoSuchFileException(file);
            case "EEXIST" -> new FileAlreadyExistsException(other != null ? other : file);
            case "ENOTDIR" -> new NotDirectoryException(other != null ? other : file);
            case "EISDIR" -> new FileSystemException(file, null, "is a directory");
            case "ENOTEMPTY" -> new DirectoryNotEmptyException(file);
            case "ENOSPC" -> new VolumeFullException("no space left on the device for " + file);
            case "EACCES", "EPERM" -> new AccessDeniedException(file, other, "the device refused access");
            case "EROFS" -> new AccessDeniedException(file, other, "the volume is read-only");
            // the agent's own check refuses a move into a subtree; the file system, a name it cannot store
            case "EINVAL" -> new FileSystemException(file, other, AGENT.matcher(e.detail()).find()
                    ? "a directory cannot move into itself" : "the device's file system refuses this name");
            case "ECANCELED" -> new IOException(file + ": the transfer was cancelled");
            case "EBADMSG" -> new IOException("the data for " + file
                    + " arrived damaged (SHA-256 differs); nothing was written");
            case "EOPNOTSUPP", "ENODEV" -> new IOException(file + ": not supported by this device"
                    + " (formatting needs MicroPython's VfsFat and a block device FlashDeck knows)");
            default -> new FileSystemException(file, other, "the device reported " + name.get());
        };
        return withCause(mapped, e);
    }

    /** The errno name of an agent or file-system error, when the exception is one. */
    static Optional<String> errorName(DeviceException e, boolean webAssembly) {
        if (!e.exceptionType().equals("OSError")) {
            return Optional.empty();
        }
        Matcher agent = AGENT.matcher(e.detail());
        if (agent.find()) {
            return Optional.of(agent.group(1));
        }
        Matcher m = ERRNO.matcher(e.detail().strip());
        if (!m.find()) {
            return Optional.empty();
        }
        if (!webAssembly && m.group(2) != null) {
            return Optional.of(m.group(2));
        }
        int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        return Optional.ofNullable((webAssembly ? EMSCRIPTEN : MICROPYTHON).get(number));
    }

    private static IOException withCause(IOException mapped, DeviceException cause) {
        mapped.initCause(cause);
        return mapped;
    }
}
