package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.VolumePath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static final long MIB = 1 << 20;
    private static final long MS = 1_000_000L;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private long now;
    private final ProgressLine line = new ProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8), () -> now);

    @Test
    void formatsBytesRateAndTimeLeft() {
        assertThat(ProgressLine.format("main.py", 1258291, 4 * MIB, 4.0))
                .isEqualTo("main.py  1.2 MiB / 4 MiB  307.2 KiB/s  ETA 10 s");
        assertThat(ProgressLine.format("a.bin", 0, 100, 0)).isEqualTo("a.bin  0 bytes / 100 bytes  0 bytes/s  ETA --");
        assertThat(ProgressLine.format("x".repeat(40), 1, 2, 1)).startsWith("x".repeat(31) + "…  ");
    }

    @Test
    void timeLeftInSecondsMinutesOrHours() {
        assertThat(ProgressLine.duration(0.2)).isEqualTo("1 s");
        assertThat(ProgressLine.duration(59)).isEqualTo("59 s");
        assertThat(ProgressLine.duration(125)).isEqualTo("2 min 05 s");
        assertThat(ProgressLine.duration(3720)).isEqualTo("1 h 02 min");
    }

    @Test
    void drawsOnlyOnceATransferHasRunForAMomentAndNotTooOften() {
        line.fileStarted(VolumePath.parse("/big.bin"), 10 * MIB);
        now = 100 * MS;
        line.advanced(MIB, MIB, 10 * MIB);
        assertThat(err.size()).as("a short transfer draws nothing").isZero();

        now = 1000 * MS;
        line.advanced(2 * MIB, 2 * MIB, 10 * MIB);
        assertThat(text()).isEqualTo("\rbig.bin  2 MiB / 10 MiB  2 MiB/s  ETA 4 s");
        int drawn = err.size();
        now = 1100 * MS;
        line.advanced(3 * MIB, 3 * MIB, 10 * MIB);
        assertThat(err.size()).as("redrawn at most five times a second").isEqualTo(drawn);

        now = 2000 * MS;
        line.advanced(4 * MIB, 4 * MIB, 10 * MIB);
        assertThat(text()).endsWith("\rbig.bin  4 MiB / 10 MiB  2 MiB/s  ETA 3 s");
    }

    @Test
    void clearingBlanksTheLineAndTheNextTransferStartsAfresh() {
        line.fileStarted(VolumePath.parse("/a"), 100);
        now = 1000 * MS;
        line.advanced(50, 50, 100);
        String drawn = text().substring(1);
        line.clear();
        assertThat(text()).endsWith("\r" + " ".repeat(drawn.length()) + "\r");

        err.reset();
        line.clear();
        now = 5000 * MS;
        line.fileStarted(VolumePath.parse("/b"), 100);
        now = 5100 * MS;
        line.advanced(10, 10, 100);
        assertThat(err.size()).isZero();
    }

    private String text() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
