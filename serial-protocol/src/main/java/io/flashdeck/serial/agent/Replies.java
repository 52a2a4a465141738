package io.flashdeck.serial.agent;

import io.flashdeck.core.volume.EntryType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the agent's text replies: space-separated fields, names and paths in hex, times as
 * {@code YYYYMMDDhhmmss} or {@code -}. Lines end in {@code \n} or, on ports that cook their
 * output, {@code \r\n}.
 */
final class Replies {

    private Replies() {
    }

    static List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** {@code d|f SIZE TIME HEXNAME} per entry. */
    static List<RawEntry> entries(String output) throws IOException {
        List<RawEntry> entries = new ArrayList<>();
        for (String line : lines(output)) {
            String[] f = fields(line, 4);
            entries.add(new RawEntry(hex(f[3]), type(f[0], line), number(f[1], line), time(f[2])));
        }
        return entries;
    }

    /** {@code d|f SIZE TIME} for {@code path}. */
    static RawEntry stat(byte[] path, String output) throws IOException {
        List<String> lines = lines(output);
        if (lines.size() != 1) {
            throw malformed(output);
        }
        String[] f = fields(lines.get(0), 3);
        return new RawEntry(DevicePaths.name(path), type(f[0], lines.get(0)), number(f[1], lines.get(0)), time(f[2]));
    }

    /** {@code HEXPATH TYPE BSIZE FRSIZE BLOCKS BFREE BAVAIL} per mount. */
    static List<MountInfo> mounts(String output) throws IOException {
        List<MountInfo> mounts = new ArrayList<>();
        for (String line : lines(output)) {
            String[] f = fields(line, 7);
            mounts.add(new MountInfo(new String(hex(f[0]), StandardCharsets.UTF_8), f[1].equals("-") ? "" : f[1],
                    number(f[2], line), number(f[3], line), number(f[4], line), number(f[5], line),
                    number(f[6], line)));
        }
        return mounts;
    }

    static byte[] hex(String text) throws IOException {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw malformed(text);
        }
    }

    private static String[] fields(String line, int count) throws IOException {
        String[] f = line.split(" ");
        if (f.length != count) {
            throw malformed(line);
        }
        return f;
    }

    private static EntryType type(String field, String line) throws IOException {
        return switch (field) {
            case "d" -> EntryType.DIRECTORY;
            case "f" -> EntryType.FILE;
            default -> throw malformed(line);
        };
    }

    private static long number(String field, String line) throws IOException {
        try {
            long value = Long.parseLong(field);
            if (value < 0) {
                throw malformed(line);
            }
            return value;
        } catch (NumberFormatException e) {
            throw malformed(line);
        }
    }

    /** A device without a set clock may report impossible dates: those are unknown times. */
    private static LocalDateTime time(String field) {
        if (field.length() != 14 || !field.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(field.substring(0, 4)), Integer.parseInt(field.substring(4, 6)),
                    Integer.parseInt(field.substring(6, 8)), Integer.parseInt(field.substring(8, 10)),
                    Integer.parseInt(field.substring(10, 12)), Integer.parseInt(field.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static IOException malformed(String text) {
        return new IOException("the device agent answered something unexpected: \"" + text.strip() + "\"");
    }
}
