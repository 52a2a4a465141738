package io.flashdeck.serial.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command runs end to end with tiny sizes, so it cannot rot: every case on the
 * virtual camera (direct and paced), and the baselines on real MicroPython. Only what does not
 * depend on the machine's speed is asserted.
 */
class TransferBenchTest {

    @TempDir
    Path dir;

    @Test
    void measuresEveryCaseOnTheVirtualCamera() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<BenchReport.Row> rows = run(out, "--peers", "virtual", "--size", "5000", "--files", "3", "--min", "10",
                "--max", "2000", "--pace", "400000");

        assertThat(rows).extracting(r -> r.link() + " " + r.workload() + " " + r.direction()).containsExactly(
                "direct 5000 B up", "direct 5000 B down", "direct 3 files up", "direct 3 files down",
                "paced 400 kB/s 5000 B up", "paced 400 kB/s 5000 B down",
                "paced 400 kB/s 3 files up", "paced 400 kB/s 3 files down");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.verified()).as(row.toString()).isTrue();
            assertThat(row.method()).isEqualTo(AgentTransfer.NAME);
            assertThat(row.best().wireRatio()).as(row.toString()).isGreaterThan(1.0);
            assertThat(row.best().turnarounds()).as(row.toString()).isPositive();
        });
        assertThat(rows.get(0).best().payloadBytes()).isEqualTo(5000);
        // a paced link cannot be beaten: 5000 bytes at 400 kB/s take at least 12.5 ms
        assertThat(rows.get(4).best().seconds()).isGreaterThanOrEqualTo(0.0125);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("% of the link")
                .contains("every file read back matched its SHA-256");
    }

    @Test
    void comparesWithBothBaselinesOnMicroPython() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<BenchReport.Row> rows = run(out, "--peers", "micropython", "--size", "700", "--files", "2", "--min", "0",
                "--max", "300", "--pace", "0");

        assertThat(rows).extracting(BenchReport.Row::method).containsExactly(
                "flashdeck", "flashdeck", "flashdeck", "flashdeck",
                "mpremote-method", "mpremote-method", "mpremote-method", "mpremote-method",
                "mpremote-timed", "mpremote-timed", "mpremote-timed", "mpremote-timed");
        assertThat(rows).allSatisfy(row -> assertThat(row.verified()).as(row.toString()).isTrue());
        BenchReport.Row baselineUpload = rows.get(4);
        // 700 bytes: open, three chunks of at most 256 bytes, close; each exec one exchange
        assertThat(baselineUpload.best().turnarounds()).isEqualTo(5);
        assertThat(baselineUpload.best().wireRatio()).isGreaterThan(2.0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("x the mpremote-timed rate");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> BenchOptions.parse("--peers", "pyboard"))
                .hasMessageContaining("unknown peer pyboard");
        assertThatThrownBy(() -> BenchOptions.parse("--size")).hasMessageContaining("--size needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--speed", "1")).hasMessageContaining("unknown option --speed");
    }

    private List<BenchReport.Row> run(ByteArrayOutputStream out, String... args) throws Exception {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--rounds", "1", "--work", dir.toString()))
                .toArray(String[]::new);
        return new TransferBench(BenchOptions.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8)).run();
    }
}
