package io.flashdeck.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** mtools as a test peer: lists, copies and describes FAT images without mounting them. */
public final class Mtools {

    private Mtools() {
    }

    /** The mtools image argument: the file, or "file@@offset" for a volume inside it. */
    public static String drive(Path image, long offsetBytes) {
        return offsetBytes == 0 ? image.toString() : image + "@@" + offsetBytes;
    }

    public static CommandResult mdir(String drive) {
        return ExternalCommand.run(List.of("mdir", "-i", drive, "::"));
    }

    public static void copyIn(String drive, Path file, String name) {
        CommandResult result = ExternalCommand.run(List.of("mcopy", "-i", drive, file.toString(), "::" + name));
        assertThat(result.exitCode()).as(result.transcript()).isZero();
    }

    public static byte[] copyOut(String drive, String name, Path directory) {
        Path target = directory.resolve("copied-out-" + System.nanoTime());
        CommandResult result = ExternalCommand.run(List.of("mcopy", "-i", drive, "::" + name, target.toString()));
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CommandResult runMinfo(String drive) {
        return ExternalCommand.run(List.of("minfo", "-i", drive, "::"));
    }

    /** minfo's "key: value" and "key=value" lines (the first occurrence of each key). */
    public static Map<String, String> minfo(String drive) {
        return fields(runMinfo(drive));
    }

    public static Map<String, String> fields(CommandResult result) {
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : result.lines()) {
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            int split = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            if (split > 0) {
                fields.putIfAbsent(line.substring(0, split).trim(), line.substring(split + 1).trim());
            }
        }
        return fields;
    }
}
