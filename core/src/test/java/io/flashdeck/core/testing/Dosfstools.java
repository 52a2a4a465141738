package io.flashdeck.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** dosfstools as a test peer: mkfs.fat makes reference images, fsck.fat judges ours. */
public final class Dosfstools {

    private static final Pattern BANNER = Pattern.compile("fsck\\.fat \\d.*");
    private static final Pattern SUMMARY = Pattern.compile(".*: \\d+ files, \\d+/\\d+ clusters");

    private Dosfstools() {
    }

    public static CommandResult mkfs(Path image, String... options) {
        return mkfs(image, null, options);
    }

    /** mkfs.fat limited to {@code kibibytes} (its BLOCKS argument), or the whole image when null. */
    public static CommandResult mkfs(Path image, Long kibibytes, String... options) {
        List<String> command = new ArrayList<>(List.of("mkfs.fat"));
        command.addAll(List.of(options));
        command.add(image.toString());
        if (kibibytes != null) {
            command.add(Long.toString(kibibytes));
        }
        CommandResult result = ExternalCommand.run(command);
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        return result;
    }

    public static CommandResult fsck(Path image) {
        return ExternalCommand.run(List.of("fsck.fat", "-n", image.toString()));
    }

    /**
     * fsck.fat exits 0 even after some complaints, so a clean volume is exit 0 and nothing printed
     * but the banner and the summary line.
     */
    public static void assertClean(Path image) {
        CommandResult result = fsck(image);
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(problemLines(result)).as(result.transcript()).isEmpty();
    }

    public static List<String> problemLines(CommandResult result) {
        return result.lines().stream()
                .filter(line -> !BANNER.matcher(line).matches() && !SUMMARY.matcher(line).matches())
                .toList();
    }
}
