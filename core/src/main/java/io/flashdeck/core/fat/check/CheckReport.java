package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a check found.
 *
 * @param type       the volume's FAT type
 * @param fatCopy    the FAT copy the check trusted (0 unless the copies differ and another one
 *                   makes more sense)
 * @param problems   everything found wrong, in repair order
 * @param statistics counts of files, directories and clusters
 */
public record CheckReport(FatType type, int fatCopy, List<Problem> problems, CheckStatistics statistics) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The kinds of problem found. */
    public Set<ProblemKind> kinds() {
        return problems.stream().map(Problem::kind).collect(Collectors.toSet());
    }

    /**
     * One line of totals, such as
     * {@code "FAT16: 81 files, 3 directories, 280/16371 clusters used, 0 lost, 0 bad; no problems"}.
     */
    public String summary() {
        CheckStatistics s = statistics;
        return type.displayName() + ": " + count(s.files(), "file") + ", " + count(s.directories(), "director")
                + ", " + s.usedClusters() + "/" + s.clusterCount() + " clusters used, " + s.lostClusters() + " lost, "
                + s.badClusters() + " bad; " + (problems.isEmpty() ? "no problems" : count(problems.size(), "problem"));
    }

    private static String count(long n, String stem) {
        String plural = stem.endsWith("r") ? "ies" : "s";
        String singular = stem.endsWith("r") ? "y" : "";
        return n + " " + stem + (n == 1 ? singular : plural);
    }
}
