package io.flashdeck.serial.link;

import java.io.IOException;

/** A serial port could not be opened; {@link #reason()} says why in a form a GUI can act on. */
public class PortOpenException extends IOException {

    public enum Reason { NOT_FOUND, PERMISSION_DENIED, BUSY, OTHER }

    /** The operating system a message is written for (what the user can do differs). */
    public enum Platform {
        LINUX, MAC, WINDOWS;

        public static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }
    }

    private static final int UNIX_EPERM = 1;
    private static final int UNIX_ENOENT = 2;
    private static final int UNIX_ENXIO = 6;
    private static final int UNIX_EACCES = 13;
    private static final int UNIX_EBUSY = 16;
    private static final int UNIX_ENODEV = 19;
    private static final int LINUX_EAGAIN = 11; // flock() on a port another process holds
    private static final int MAC_EAGAIN = 35;
    private static final int WIN_FILE_NOT_FOUND = 2;
    private static final int WIN_ACCESS_DENIED = 5; // what Windows says when another program has the port
    private static final int WIN_SHARING_VIOLATION = 32;

    private final Reason reason;

    public PortOpenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static PortOpenException notFound(String path) {
        return new PortOpenException(Reason.NOT_FOUND, "no serial port " + path + " (is the camera plugged in?)");
    }

    /**
     * Explains a failed open from the error code jSerialComm reports (errno on Linux and macOS,
     * GetLastError on Windows). On Unix, jSerialComm reports 2 also for a port this program
     * already has open, so a 2 for a path that exists means busy.
     */
    public static PortOpenException fromErrorCode(String path, int code, Platform platform, boolean pathExists) {
        Reason reason = classify(code, platform, pathExists);
        String message = switch (reason) {
            case NOT_FOUND -> null;
            case PERMISSION_DENIED -> "no permission to open " + path + (platform == Platform.LINUX
                    ? ": add your user to the 'dialout' group (sudo usermod -aG dialout $USER, then log out"
                            + " and in again) or install FlashDeck's udev rule"
                    : "");
            case BUSY -> path + " is busy: another program (OpenMV IDE, a serial terminal, another"
                    + " FlashDeck) has it open";
            case OTHER -> "could not open " + path + " (system error " + code + ")";
        };
        return message == null ? notFound(path) : new PortOpenException(reason, message);
    }

    private static Reason classify(int code, Platform platform, boolean pathExists) {
        if (platform == Platform.WINDOWS) {
            return switch (code) {
                case WIN_FILE_NOT_FOUND -> Reason.NOT_FOUND;
                case WIN_ACCESS_DENIED, WIN_SHARING_VIOLATION -> Reason.BUSY;
                default -> Reason.OTHER;
            };
        }
        if (!pathExists) {
            return Reason.NOT_FOUND;
        }
        if (code == UNIX_EACCES || code == UNIX_EPERM) {
            return Reason.PERMISSION_DENIED;
        }
        if (code == UNIX_EBUSY || code == UNIX_ENOENT
                || code == (platform == Platform.MAC ? MAC_EAGAIN : LINUX_EAGAIN)) {
            return Reason.BUSY;
        }
        return code == UNIX_ENXIO || code == UNIX_ENODEV ? Reason.NOT_FOUND : Reason.OTHER;
    }
}
