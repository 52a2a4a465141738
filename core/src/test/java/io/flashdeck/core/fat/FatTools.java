package io.flashdeck.core.fat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real peers (dosfstools and mtools) on image files. A missing tool fails the test: these
 * tests are the proof that FlashDeck's volumes are what other systems expect.
 */
public final class FatTools {

    /** Exit code and combined output of a tool run. */
    public record Result(int exitCode, String output) {

        public List<String> lines() {
            return output.lines().collect(Collectors.toList());
        }
    }

    private FatTools() {
    }

    /** Creates {@code image} of {@code sizeKb} KiB formatted as FAT{@code bits} with extra mkfs.fat options. */
    public static Path mkfs(Path image, int bits, long sizeKb, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("mkfs.fat", "-C", "-F", String.valueOf(bits)));
        command.addAll(List.of(options));
        command.add(image.toString());
        command.add(String.valueOf(sizeKb));
        check(run(command));
        return image;
    }

    /** Copies host files or directories (recursively) to {@code target} ({@code ::/dir}) in the image. */
    public static void mcopy(Path image, String target, Path... sources) throws IOException {
        List<String> command = new ArrayList<>(List.of("mcopy", "-s", "-o", "-i", image.toString()));
        for (Path source : sources) {
            command.add(source.toString());
        }
        command.add(target);
        check(run(command));
    }

    /** Copies everything below {@code source} ({@code ::/dir}) of the image into host directory {@code target}. */
    public static void mcopyOut(Path image, String source, Path target) throws IOException {
        check(run(List.of("mcopy", "-s", "-n", "-i", image.toString(), source, target.toString())));
    }

    public static void mmd(Path image, String... directories) throws IOException {
        List<String> command = new ArrayList<>(List.of("mmd", "-i", image.toString()));
        command.addAll(List.of(directories));
        check(run(command));
    }

    public static void mdel(Path image, String... files) throws IOException {
        List<String> command = new ArrayList<>(List.of("mdel", "-i", image.toString()));
        command.addAll(List.of(files));
        check(run(command));
    }

    /** The listing mdir prints for {@code directory} ({@code ::/dir}). */
    public static String mdir(Path image, String directory) throws IOException {
        return check(run(List.of("mdir", "-i", image.toString(), directory))).output();
    }

    /** The clusters of {@code file} ({@code ::/path}) as mshowfat lists them: {@code {first, last}} pairs. */
    public static List<long[]> mshowfat(Path image, String file) throws IOException {
        String output = check(run(List.of("mshowfat", "-i", image.toString(), file))).output();
        List<long[]> runs = new ArrayList<>();
        Matcher matcher = Pattern.compile("<(\\d+)(?:-(\\d+))?>").matcher(output);
        while (matcher.find()) {
            long first = Long.parseLong(matcher.group(1));
            runs.add(new long[] {first, matcher.group(2) == null ? first : Long.parseLong(matcher.group(2))});
        }
        return runs;
    }

    /** Runs {@code fsck.fat -n} (check only) with extra options. */
    public static Result fsck(Path image, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("fsck.fat", "-n"));
        command.addAll(List.of(options));
        command.add(image.toString());
        return run(command);
    }

    /**
     * Asserts that fsck.fat finds nothing at all: exit 0 and no line besides its banner and the
     * summary (it exits 0 on some damage, such as a bad long-name checksum, so the output counts).
     */
    public static void assertClean(Path image) throws IOException {
        Result result = fsck(image);
        List<String> remarks = result.lines().stream()
                .filter(line -> !line.startsWith("fsck.fat "))
                .filter(line -> !line.matches(".*: \\d+ files, \\d+/\\d+ clusters"))
                .collect(Collectors.toList());
        assertThat(remarks).as("fsck.fat remarks on " + image + "\n" + result.output()).isEmpty();
        assertThat(result.exitCode()).as("fsck.fat exit code\n" + result.output()).isZero();
    }

    /** Runs a command with MTOOLS_SKIP_CHECK so mtools accepts any geometry. */
    public static Result run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MTOOLS_SKIP_CHECK", "1");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        }
        return new Result(process.exitValue(), output);
    }

    private static Result check(Result result) throws IOException {
        if (result.exitCode() != 0) {
            throw new IOException("tool failed with exit code " + result.exitCode() + ":\n" + result.output());
        }
        return result;
    }
}
