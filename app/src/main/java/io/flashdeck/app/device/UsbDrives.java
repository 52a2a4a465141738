package io.flashdeck.app.device;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an OpenMV Cam's storage mounted on this computer as a USB drive. The firmware exposes its
 * flash (or its SD card) over USB mass storage while the REPL runs, and it puts an empty
 * {@code .openmv_disk} at that volume's root (OpenMV IDE finds the drive by it). The rule: while
 * such a drive is mounted, a camera connected over serial shares its FAT with the host, which
 * caches what it read and writes it back; changes from both sides corrupt the file system, so
 * the app warns on the camera and before erasing.
 */
public final class UsbDrives {

    /** The marker file at the root of an OpenMV Cam's drive. */
    public static final String MARKER = ".openmv_disk";

    private static final Set<String> FAT_TYPES = Set.of("vfat", "msdos", "fat", "exfat", "fuseblk");
    private static final Pattern OCTAL_ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    private UsbDrives() {
    }

    /** The roots among {@code mountRoots} that are an OpenMV Cam's drive. */
    public static List<Path> openMvDrives(List<Path> mountRoots) {
        return mountRoots.stream().filter(root -> Files.isRegularFile(root.resolve(MARKER))).toList();
    }

    /** What to tell the user about {@code drives}; empty when there are none. */
    public static String warning(List<Path> drives) {
        if (drives.isEmpty()) {
            return "";
        }
        return "The camera's drive is also mounted on this computer (" + String.join(", ",
                drives.stream().map(Path::toString).toList()) + "). Changes from both sides corrupt its FAT file "
                + "system: eject that drive before changing files here.";
    }

    /** Where this computer mounts FAT drives: Linux's FAT mounts, macOS's volumes, or the Windows drive letters. */
    public static List<Path> mountedDrives() {
        Path mounts = Path.of("/proc/mounts");
        if (Files.isReadable(mounts)) {
            try {
                return fatMounts(Files.readAllLines(mounts));
            } catch (IOException unreadable) {
                return List.of();
            }
        }
        List<Path> roots = new ArrayList<>();
        FileSystems.getDefault().getRootDirectories().forEach(roots::add);
        Path volumes = Path.of("/Volumes");
        if (Files.isDirectory(volumes)) {
            try (DirectoryStream<Path> each = Files.newDirectoryStream(volumes)) {
                each.forEach(roots::add);
            } catch (IOException unreadable) {
                // the drive letters and / still get looked at
            }
        }
        return roots;
    }

    /** The mount points of FAT file systems in {@code /proc/mounts} lines ("device point type options 0 0"). */
    static List<Path> fatMounts(List<String> lines) {
        List<Path> points = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (fields.length >= 3 && FAT_TYPES.contains(fields[2].toLowerCase(Locale.ROOT))) {
                points.add(Path.of(unescape(fields[1])));
            }
        }
        return points;
    }

    /** The kernel writes a space in a mount point as {@code \040}. */
    private static String unescape(String field) {
        Matcher escape = OCTAL_ESCAPE.matcher(field);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(text, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 8))));
        }
        return escape.appendTail(text).toString();
    }
}
