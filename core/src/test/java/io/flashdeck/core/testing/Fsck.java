package io.flashdeck.core.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code fsck.fat -n} as a judge. Its exit code alone is not enough (it exits 0 on a bad
 * long-name checksum), so a volume counts as clean only when it exits 0 and prints nothing but
 * its version line and the closing summary.
 */
public final class Fsck {

    private static final Pattern VERSION = Pattern.compile("^fsck\\.fat \\d.*");
    private static final Pattern SUMMARY = Pattern.compile("^.*: \\d+ files, \\d+/\\d+ clusters$");

    private Fsck() {
    }

    /** What fsck said about one image. */
    public record Report(ExternalTool.Result run, List<String> warnings) {

        public boolean isClean() {
            return run.exitCode() == 0 && warnings.isEmpty();
        }

        /** Throws with fsck's whole output unless the volume is clean. */
        public Report requireClean() {
            if (!isClean()) {
                throw new AssertionError("fsck.fat found problems: " + warnings + "\n" + run.transcript());
            }
            return this;
        }
    }

    /** Fails unless fsck.fat finds {@code image} clean. */
    public static void assertClean(Path image) {
        check(image).requireClean();
    }

    /** Checks a bare volume image without changing it. */
    public static Report check(Path image) {
        ExternalTool.Result run = ExternalTool.run("fsck.fat", "-n", image.toString());
        List<String> warnings = run.lines().stream()
                .map(String::strip)
                .filter(line -> !VERSION.matcher(line).matches() && !SUMMARY.matcher(line).matches())
                .toList();
        return new Report(run, warnings);
    }
}
