package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.VolumePath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the location forms of DESIGN.md §2. In order:
 *
 * <ol>
 *   <li>{@code cam:PATH}, {@code cam@PORT:PATH} and {@code emu:PATH} are cameras (lower case only);
 *       the port ends at the first {@code :} followed by {@code /} or by nothing, so ports with
 *       colons such as {@code /dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0} work;</li>
 *   <li>{@code IMAGE:PATH} and {@code IMAGE@N:PATH} are images when the part before a {@code :}
 *       names an existing regular file; the rightmost such {@code :} wins, since FAT names cannot
 *       hold a colon while host names can. Where drive letters exist, a single letter before the
 *       first {@code :} is a drive ({@code C:\x}), never an image;</li>
 *   <li>anything else is a host path, relative to the working directory.</li>
 * </ol>
 *
 * <p>Malformed input gives an {@link IllegalArgumentException} whose message says what is wrong.
 */
public final class LocationParser {

    /** Whether the host has drive letters. */
    public static final boolean DRIVE_LETTERS_HERE = File.separatorChar == '\\';

    /** Partition numbers have at most this many digits; no partition table has more entries. */
    private static final int MAX_PARTITION_DIGITS = 4;

    private final Path workingDirectory;
    private final boolean driveLetters;

    public LocationParser(Path workingDirectory, boolean driveLetters) {
        this.workingDirectory = workingDirectory.toAbsolutePath();
        this.driveLetters = driveLetters;
    }

    public Location parse(String text) {
        if (text.isEmpty()) {
            throw bad(text, "empty location");
        }
        if (text.indexOf('\0') >= 0) {
            throw bad(text, "contains a NUL character");
        }
        if (text.startsWith("cam:")) {
            return camera(text, CameraLocation.Kind.CAMERA, null, text.substring(4));
        }
        if (text.startsWith("emu:")) {
            return camera(text, CameraLocation.Kind.EMULATOR, null, text.substring(4));
        }
        if (text.startsWith("cam@")) {
            return cameraOnPort(text);
        }
        Optional<Location> image = image(text);
        return image.isPresent() ? image.get() : host(text);
    }

    private static Location camera(String text, CameraLocation.Kind kind, String port, String inside) {
        return new CameraLocation(text, kind, port, VolumePath.parse(inside), inside.endsWith("/"));
    }

    private static Location cameraOnPort(String text) {
        int colon = text.indexOf(':', 4);
        while (colon >= 0 && colon + 1 < text.length() && text.charAt(colon + 1) != '/') {
            colon = text.indexOf(':', colon + 1);
        }
        if (colon < 0) {
            throw bad(text, "expected cam@PORT:/path");
        }
        if (colon == 4) {
            throw bad(text, "no port after cam@");
        }
        return camera(text, CameraLocation.Kind.CAMERA, text.substring(4, colon), text.substring(colon + 1));
    }

    private Optional<Location> image(String text) {
        for (int colon = text.lastIndexOf(':'); colon > 0; colon = text.lastIndexOf(':', colon - 1)) {
            if (driveLetters && colon == 1 && isAsciiLetter(text.charAt(0))) {
                break;
            }
            String prefix = text.substring(0, colon);
            String inside = text.substring(colon + 1);
            if (isRegularFile(prefix)) {
                return Optional.of(image(text, prefix, null, inside));
            }
            int at = prefix.lastIndexOf('@');
            if (at > 0 && isRegularFile(prefix.substring(0, at))) {
                return Optional.of(image(text, prefix.substring(0, at), partition(text, prefix.substring(at + 1)), inside));
            }
        }
        return Optional.empty();
    }

    private Location image(String text, String file, Integer partition, String inside) {
        return new ImageLocation(text, workingDirectory.resolve(file).normalize(), partition,
                VolumePath.parse(inside), inside.endsWith("/"));
    }

    private static int partition(String text, String digits) {
        if (digits.isEmpty() || digits.length() > MAX_PARTITION_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(text, "bad partition number \"" + digits + "\" (expected IMAGE@N:/path with N from 1)");
        }
        int number = Integer.parseInt(digits);
        if (number == 0) {
            throw bad(text, "partition numbers start at 1");
        }
        return number;
    }

    private boolean isRegularFile(String name) {
        try {
            return Files.isRegularFile(workingDirectory.resolve(name));
        } catch (InvalidPathException notAHostPath) {
            return false;
        }
    }

    private Location host(String text) {
        Path path;
        try {
            path = workingDirectory.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw bad(text, "not a valid path here (" + e.getReason() + ")");
        }
        boolean slash = text.endsWith("/") || (driveLetters && text.endsWith("\\"));
        return new HostLocation(text, path, slash);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static IllegalArgumentException bad(String text, String problem) {
        return new IllegalArgumentException("\"" + text + "\": " + problem);
    }
}
