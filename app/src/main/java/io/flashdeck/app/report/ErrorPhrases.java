package io.flashdeck.app.report;

import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.link.LinkClosedException;
import io.flashdeck.serial.link.PortOpenException;
import io.flashdeck.serial.repl.DeviceTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;

/** Turns an exception into the short phrase that ends an error line. */
public final class ErrorPhrases {

    /** FlashDeck's udev rule, shipped with the Linux packages (packaging/src/linux). */
    private static final String UDEV_RULE = "50-flashdeck-openmv.rules";
    private static final String NOT_A_REPL = " (is it a MicroPython board?)";

    private ErrorPhrases() {
    }

    /**
     * The phrase for {@code e}; the file it names is prefixed unless it is the operand itself.
     *
     * @param operand the operand's paths: as named (on a camera, from the device's {@code /}) and
     *                within the volume it was opened on; none (or null) when it was never opened
     */
    public static String describe(Exception e, VolumePath... operand) {
        if (e instanceof FileSystemException failure) {
            String file = failure.getFile();
            boolean aboutOperand = file == null
                    || Arrays.stream(operand).anyMatch(path -> path != null && file.equals(path.toString()));
            return aboutOperand ? phrase(failure) : file + ": " + phrase(failure);
        }
        if (e instanceof VolumeFullException) {
            return "volume full (" + e.getMessage() + ")";
        }
        if (e instanceof CorruptVolumeException) {
            return "damaged volume: " + e.getMessage();
        }
        if (e instanceof PortOpenException port && port.reason() == PortOpenException.Reason.PERMISSION_DENIED
                && e.getMessage().endsWith("udev rule")) {
            return e.getMessage() + " (" + UDEV_RULE + ", copied to /etc/udev/rules.d/)";
        }
        if (e instanceof LinkClosedException) {
            return "lost the connection: " + e.getMessage() + " (unplugged or restarted?)";
        }
        if (e instanceof DeviceTimeoutException timeout) {
            return "the device stopped answering: " + e.getMessage()
                    + (timeout.awaited().startsWith("the raw REPL prompt") ? NOT_A_REPL : "");
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
