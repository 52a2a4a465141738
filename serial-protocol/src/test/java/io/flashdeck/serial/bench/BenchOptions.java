package io.flashdeck.serial.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to measure, from {@code --name value} arguments.
 *
 * @param peers          {@code virtual} and/or {@code micropython}
 * @param size           bytes of the single large file
 * @param files          number of small files, of {@code minSize} to {@code maxSize} bytes
 * @param seed           seed of the files' contents and sizes
 * @param rounds         rounds per FlashDeck case; the best is reported
 * @param baselineRounds rounds per mpremote-style case (0 skips the baseline)
 * @param pace           bytes per second of the paced link, each way (0 skips it)
 * @param work           where the devices keep their files (null: a new temporary directory)
 */
record BenchOptions(List<String> peers, int size, int files, int minSize, int maxSize, long seed, int rounds,
        int baselineRounds, long pace, Path work) {

    static final String USAGE = "options: --peers virtual,micropython --size BYTES --files N --min BYTES --max BYTES"
            + " --seed N --rounds N --baseline-rounds N --pace BYTES_PER_SECOND --work DIR";

    /**
     * USB full speed is 12 Mbit/s on the wire; a bulk endpoint carries at most 19 packets of 64
     * bytes per millisecond frame (1.216 MB/s), and a CDC serial port gets about 1 MB/s in practice.
     */
    static final long USB_FULL_SPEED = 1_000_000;

    static BenchOptions parse(String... args) {
        List<String> peers = List.of("virtual", "micropython");
        int size = 1 << 20;
        int files = 200;
        int minSize = 200;
        int maxSize = 8 * 1024;
        long seed = 3;
        int rounds = 3;
        int baselineRounds = 1;
        long pace = USB_FULL_SPEED;
        Path work = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--peers" -> peers = new ArrayList<>(List.of(value.split(",")));
                case "--size" -> size = Integer.parseInt(value);
                case "--files" -> files = Integer.parseInt(value);
                case "--min" -> minSize = Integer.parseInt(value);
                case "--max" -> maxSize = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--baseline-rounds" -> baselineRounds = Integer.parseInt(value);
                case "--pace" -> pace = Long.parseLong(value);
                case "--work" -> work = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        for (String peer : peers) {
            if (!peer.equals("virtual") && !peer.equals("micropython")) {
                throw new IllegalArgumentException("unknown peer " + peer + " (virtual or micropython)");
            }
        }
        if (size < 1 || files < 0 || minSize < 0 || maxSize < minSize || rounds < 1 || baselineRounds < 0 || pace < 0) {
            throw new IllegalArgumentException("sizes, counts and rounds must be positive, --min at most --max");
        }
        return new BenchOptions(List.copyOf(peers), size, files, minSize, maxSize, seed, rounds, baselineRounds,
                pace, work);
    }

    /** The cases every peer runs: one large file, then many small ones. */
    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>(List.of(Workload.oneFile(sizeLabel(size), size, seed)));
        if (files > 0) {
            workloads.add(Workload.smallFiles(files + " files", files, minSize, maxSize, seed + 1));
        }
        return workloads;
    }

    private static String sizeLabel(int bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }
}
