package io.flashdeck.serial.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The camera-transfer benchmark ({@code bench/camera-bench.sh} runs it): for each peer, upload
 * and download of one large file and of many small ones by FlashDeck's agent, directly and over
 * a link paced at USB full speed, and by the mpremote-style baseline where the peer runs Python.
 * A command, not a test: the timings depend on the machine.
 */
public final class TransferBench {

    private final BenchOptions options;
    private final BenchReport report;

    TransferBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.report = new BenchReport(out);
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new TransferBench(options, System.out).run();
    }

    /** Runs every case and prints the table and the ratios; returns the rows. */
    List<BenchReport.Row> run() throws Exception {
        Path work = options.work() != null ? Files.createDirectories(options.work())
                : Files.createTempDirectory("camera-bench");
        List<Workload> workloads = options.workloads();
        for (String name : options.peers()) {
            Path directory = Files.createDirectories(work.resolve(name));
            try (BenchPeer peer = name.equals("virtual") ? BenchPeer.virtualCamera(directory)
                    : BenchPeer.microPython(directory)) {
                measure(peer, workloads, Files.createDirectories(directory.resolve("host")));
            }
        }
        report.printSummary(options.pace());
        return report.rows();
    }

    /** Measures on {@code peer}; FlashDeck's copies use {@code host} for the files' host side. */
    private void measure(BenchPeer peer, List<Workload> workloads, Path host) throws Exception {
        try (Connection direct = Connection.open(peer, 0, report)) {
            for (Workload workload : workloads) {
                direct.run(direct.agent(host), workload, options.rounds());
            }
            if (peer.runsPython() && options.baselineRounds() > 0) {
                for (TransferMethod baseline : direct.baselines()) {
                    for (Workload workload : workloads) {
                        direct.run(baseline, workload, options.baselineRounds());
                    }
                }
            }
        }
        if (options.pace() > 0) {
            try (Connection paced = Connection.open(peer, options.pace(), report)) {
                for (Workload workload : workloads) {
                    paced.run(paced.agent(host), workload, options.rounds());
                }
            }
        }
    }
}
