package io.flashdeck.serial.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's table, a row printed as each case ends (a run takes minutes), and at the end
 * the ratios the targets are stated in: FlashDeck's rate over the baseline's on the same device
 * and link, and the share of a paced link's speed.
 */
final class BenchReport {

    /** One case's best round and whether every file's SHA-256 matched. */
    record Row(String peer, String link, String method, String workload, String direction, Measurement best,
            int rounds, boolean verified) {
    }

    private static final String FORMAT = "%-18s %-14s %-15s %-10s %-5s %9s %11s %10s %12s  %s%n";

    private final PrintStream out;
    private final List<Row> rows = new ArrayList<>();

    BenchReport(PrintStream out) {
        this.out = out;
        out.printf(Locale.ROOT, FORMAT, "peer", "link", "method", "case", "dir", "seconds", "KB/s", "wire/payld",
                "turnarounds", "read back");
    }

    void add(Row row) {
        rows.add(row);
        Measurement m = row.best();
        out.printf(Locale.ROOT, FORMAT, row.peer(), row.link(), row.method(), row.workload(), row.direction(),
                String.format(Locale.ROOT, "%.3f", m.seconds()), String.format(Locale.ROOT, "%.1f", m.rate() / 1000),
                String.format(Locale.ROOT, "%.4f", m.wireRatio()), m.turnarounds(),
                (row.verified() ? "SHA-256 match" : "SHA-256 MISMATCH") + " (best of " + row.rounds() + ")");
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** FlashDeck against the baseline wherever both ran, and paced rows as a share of the pace. */
    void printSummary(long pace) {
        for (Row row : rows) {
            if (row.method().startsWith(MpremoteStyleTransfer.NAME_PREFIX)) {
                find(row.peer(), row.link(), AgentTransfer.NAME, row.workload(), row.direction()).ifPresent(ours ->
                        out.printf(Locale.ROOT, "%s, %s %s: flashdeck %.0fx the %s rate (%.1f vs %.1f KB/s)%n",
                                row.peer(), row.workload(), row.direction(), ours.best().rate() / row.best().rate(),
                                row.method(), ours.best().rate() / 1000, row.best().rate() / 1000));
            }
        }
        for (Row row : rows) {
            if (row.link().startsWith("paced")) {
                out.printf(Locale.ROOT, "%s, %s %s over a link paced at %d B/s each way: %.1f %% of the link%n",
                        row.peer(), row.workload(), row.direction(), pace, 100 * row.best().rate() / pace);
            }
        }
        boolean allVerified = rows.stream().allMatch(Row::verified);
        out.println(allVerified ? "every file read back matched its SHA-256" : "SOME FILES DID NOT MATCH");
    }

    private Optional<Row> find(String peer, String link, String method, String workload, String direction) {
        return rows.stream().filter(r -> r.peer().equals(peer) && r.link().equals(link) && r.method().equals(method)
                && r.workload().equals(workload) && r.direction().equals(direction)).findFirst();
    }
}
