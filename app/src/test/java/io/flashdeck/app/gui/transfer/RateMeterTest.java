package io.flashdeck.app.gui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateMeterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void nothingIsGuessedFromTooLittle() {
        RateMeter meter = new RateMeter();
        assertThat(meter.bytesPerSecond()).isZero();
        meter.record(0, 0);
        meter.record(RateMeter.MIN_SPAN_NANOS - 1, 1_000_000);
        assertThat(meter.bytesPerSecond()).isZero();
        assertThat(meter.secondsLeft(100)).isEmpty();
        assertThat(RateMeter.rateText(meter.bytesPerSecond())).isEmpty();
    }

    @Test
    void aSteadyRateGivesTheTimeLeftRoundedUp() {
        RateMeter meter = new RateMeter();
        for (int i = 0; i <= 10; i++) {
            meter.record(i * SECOND / 2, i * 50_000L);
        }
        assertThat(meter.bytesPerSecond()).isEqualTo(100_000.0);
        assertThat(meter.secondsLeft(1_000_000)).hasValue(10);
        assertThat(meter.secondsLeft(1_000_001)).hasValue(11);
        assertThat(RateMeter.rateText(meter.bytesPerSecond())).isEqualTo("97.7 KiB/s");
    }

    @Test
    void onlyTheLastSecondsCount() {
        RateMeter meter = new RateMeter();
        meter.record(0, 0);
        meter.record(SECOND, 10_000_000); // a fast start...
        for (int i = 2; i <= 12; i++) {
            meter.record(i * SECOND, 10_000_000 + (i - 1) * 1000L); // ...then a slow link
        }
        assertThat(meter.bytesPerSecond()).isEqualTo(1000.0);
    }

    @Test
    void aStallShowsAsNoProgressInTheWindow() {
        RateMeter meter = new RateMeter();
        meter.record(0, 0);
        meter.record(SECOND, 5000);
        meter.record(10 * SECOND, 5000);
        meter.record(11 * SECOND, 5000);
        assertThat(meter.bytesPerSecond()).isZero();
        assertThat(meter.secondsLeft(1)).isEmpty();
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(RateMeter.durationText(OptionalLong.empty())).isEmpty();
        assertThat(RateMeter.durationText(OptionalLong.of(0))).isEqualTo("0 s");
        assertThat(RateMeter.durationText(OptionalLong.of(59))).isEqualTo("59 s");
        assertThat(RateMeter.durationText(OptionalLong.of(185))).isEqualTo("3 min 05 s");
        assertThat(RateMeter.durationText(OptionalLong.of(7620))).isEqualTo("2 h 07 min");
    }
}
