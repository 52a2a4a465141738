package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mtools on one image, optionally at a byte offset (a partition): the independent reader and
 * writer the engine is compared with.
 */
public final class MTools {

    private final String drive;

    private MTools(String drive) {
        this.drive = drive;
    }

    /** The bare volume in {@code image}. */
    public static MTools on(Path image) {
        return new MTools(image.toString());
    }

    /** The volume starting {@code offset} bytes into {@code image}. */
    public static MTools on(Path image, long offset) {
        return new MTools(offset == 0 ? image.toString() : image + "@@" + offset);
    }

    /** The mtools image argument: the file, or "file@@offset" for a volume inside it. */
    public String drive() {
        return drive;
    }

    /** Copies host files or directories (recursively) to {@code target} (like {@code ::/dir}). */
    public ExternalTool.Result copyIn(String target, Path... sources) {
        List<String> command = new ArrayList<>(List.of("mcopy", "-s", "-o", "-m", "-i", drive));
        for (Path source : sources) {
            command.add(source.toString());
        }
        command.add(target);
        return ExternalTool.run(command).requireSuccess();
    }

    /** Copies everything below {@code source} (like {@code ::/}) into host directory {@code target}. */
    public ExternalTool.Result copyOut(String source, Path target) {
        return ExternalTool.run(List.of("mcopy", "-s", "-n", "-m", "-i", drive, source, target.toString()))
                .requireSuccess();
    }

    /** The content of one file on the volume, read by mcopy through a scratch file in {@code scratch}. */
    public byte[] read(String name, Path scratch) {
        Path target = scratch.resolve("copied-out-" + System.nanoTime());
        ExternalTool.run(List.of("mcopy", "-i", drive, "::" + name, target.toString())).requireSuccess();
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExternalTool.Result mkdir(String path) {
        return ExternalTool.run(List.of("mmd", "-i", drive, path)).requireSuccess();
    }

    public ExternalTool.Result delete(String path) {
        return ExternalTool.run(List.of("mdel", "-i", drive, path)).requireSuccess();
    }

    /** The clusters of {@code file} as mshowfat lists them: one {@code {first, last}} pair per run. */
    public List<long[]> clusters(String file) {
        String output = ExternalTool.run(List.of("mshowfat", "-i", drive, file)).requireSuccess().stdout();
        List<long[]> runs = new ArrayList<>();
        Matcher run = Pattern.compile("<(\\d+)(?:-(\\d+))?>").matcher(output);
        while (run.find()) {
            long first = Long.parseLong(run.group(1));
            runs.add(new long[] {first, run.group(2) == null ? first : Long.parseLong(run.group(2))});
        }
        return runs;
    }

    /** {@code mdir} of the root, whatever its exit code. */
    public ExternalTool.Result listRoot() {
        return ExternalTool.run(List.of("mdir", "-i", drive, "::"));
    }

    /** {@code mdir -/ -a} of the whole volume (recursive, hidden files included). */
    public ExternalTool.Result listAll() {
        return ExternalTool.run(List.of("mdir", "-/", "-a", "-i", drive, "::/")).requireSuccess();
    }

    /** {@code minfo}, whatever its exit code. */
    public ExternalTool.Result runMinfo() {
        return ExternalTool.run(List.of("minfo", "-i", drive, "::"));
    }

    /** minfo's "key: value" and "key=value" lines (the first occurrence of each key). */
    public Map<String, String> minfo() {
        return fields(runMinfo());
    }

    /** The "key: value" and "key=value" lines of a successful minfo run. */
    public static Map<String, String> fields(ExternalTool.Result minfo) {
        minfo.requireSuccess();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : minfo.lines()) {
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
