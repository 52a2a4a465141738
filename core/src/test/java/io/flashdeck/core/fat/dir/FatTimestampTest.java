package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FatTimestampTest {

    @Test
    void encodesTheFieldsAsFatPacksThem() {
        LocalDateTime t = LocalDateTime.of(2026, 11, 24, 10, 42, 7);
        assertThat(FatTimestamp.encodeDate(t)).isEqualTo((46 << 9) | (11 << 5) | 24);
        assertThat(FatTimestamp.encodeTime(t)).isEqualTo((10 << 11) | (42 << 5) | 3);
        assertThat(FatTimestamp.encodeDate(FatTimestamp.EARLIEST)).isEqualTo(0x21);
        assertThat(FatTimestamp.encodeTime(FatTimestamp.EARLIEST)).isZero();
    }

    @Test
    void decodesWhatItEncodesInTwoSecondSteps() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime t = FatTimestamp.EARLIEST.plusSeconds((long) (random.nextDouble() * 4_037_000_000L));
            if (t.isAfter(FatTimestamp.LATEST)) {
                continue;
            }
            LocalDateTime back = FatTimestamp.decode(FatTimestamp.encodeDate(t), FatTimestamp.encodeTime(t));
            assertThat(back).isEqualTo(t.withSecond(t.getSecond() & ~1));
        }
    }

    @Test
    void keepsTheOddSecondAndHundredthsInTheCreationByte() {
        LocalDateTime t = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 990_000_000);
        int tenths = FatTimestamp.encodeTenths(t);
        assertThat(tenths).isEqualTo(199);
        assertThat(FatTimestamp.decode(FatTimestamp.encodeDate(t), FatTimestamp.encodeTime(t), tenths))
                .isEqualTo(t);
    }

    @Test
    void clampsToTheRangeFatCanHold() {
        LocalDateTime early = LocalDateTime.of(1970, 1, 1, 0, 0);
        assertThat(FatTimestamp.decode(FatTimestamp.encodeDate(early), FatTimestamp.encodeTime(early)))
                .isEqualTo(FatTimestamp.EARLIEST);
        LocalDateTime late = LocalDateTime.of(2200, 6, 1, 12, 0);
        assertThat(FatTimestamp.decode(FatTimestamp.encodeDate(late), FatTimestamp.encodeTime(late)))
                .isEqualTo(LocalDateTime.of(2107, 12, 31, 23, 59, 58));
        assertThat(FatTimestamp.encodeTenths(late)).isZero();
    }

    @Test
    void givesNullForNoDateOrImpossibleFields() {
        assertThat(FatTimestamp.decode(0, 0)).isNull();
        assertThat(FatTimestamp.decode(0, 0x1234)).isNull();
        assertThat(FatTimestamp.decode((46 << 9) | (13 << 5) | 1, 0)).as("month 13").isNull();
        assertThat(FatTimestamp.decode((46 << 9) | (2 << 5) | 30, 0)).as("30 February").isNull();
        assertThat(FatTimestamp.decode((46 << 9) | (1 << 5), 0)).as("day 0").isNull();
        assertThat(FatTimestamp.decode(0x21, 24 << 11)).as("hour 24").isNull();
        assertThat(FatTimestamp.decode(0x21, 60 << 5)).as("minute 60").isNull();
        assertThat(FatTimestamp.decode(0x21, 30)).as("second 60").isNull();
        assertThat(FatTimestamp.decode(0x21, 0, 200)).as("tenths 200").isNull();
    }

    @Test
    void neverThrowsOnAnyFieldValues() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            FatTimestamp.decode(random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(256));
        }
        assertThat(FatTimestamp.decode(0xFFFF, 0xFFFF)).isNull();
        assertThat(FatTimestamp.decode(0xFF9F, 0xBF7D)).isEqualTo(FatTimestamp.LATEST);
    }
}
