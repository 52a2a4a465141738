package io.flashdeck.serial.emu;

import java.io.IOException;
import java.util.Map;

/**
 * An exception raised by the code the camera runs, printed as MicroPython prints it. It is an
 * {@link IOException} so that it passes unchanged through the FAT engine when raised by data the
 * engine is reading (a transfer the host cancelled).
 */
final class PyException extends IOException {

    /** MicroPython's errno numbers (equal to Linux's) for the names it prints. */
    private static final Map<String, Integer> ERRNO = Map.ofEntries(Map.entry("EPERM", 1), Map.entry("ENOENT", 2),
            Map.entry("EIO", 5), Map.entry("ENOMEM", 12), Map.entry("EACCES", 13), Map.entry("EEXIST", 17),
            Map.entry("ENODEV", 19), Map.entry("ENOTDIR", 20), Map.entry("EISDIR", 21), Map.entry("EINVAL", 22),
            Map.entry("ENOSPC", 28), Map.entry("EROFS", 30));

    private final String type;
    private final String detail;

    PyException(String type, String detail) {
        super(type + ": " + detail);
        this.type = type;
        this.detail = detail;
    }

    /** {@code OSError: [Errno 2] ENOENT}, as the file system raises it. */
    static PyException os(String errnoName) {
        Integer number = ERRNO.get(errnoName);
        if (number == null) {
            throw new IllegalArgumentException("no errno " + errnoName);
        }
        return new PyException("OSError", "[Errno " + number + "] " + errnoName);
    }

    /** {@code OSError: fd:ENOENT}, as the agent raises what it checks itself. */
    static PyException agent(String errnoName) {
        return new PyException("OSError", "fd:" + errnoName);
    }

    static PyException keyboardInterrupt() {
        return new PyException("KeyboardInterrupt", "");
    }

    /** What this virtual camera cannot run, said plainly. */
    static PyException notImplemented(String what) {
        return new PyException("NotImplementedError", what);
    }

    /** The traceback MicroPython prints, for code in {@code file} failing on {@code line}. */
    String traceback(String file, int line) {
        return "Traceback (most recent call last):\n  File \"" + file + "\", line " + line + ", in <module>\n"
                + type + ": " + detail + "\n";
    }
}
