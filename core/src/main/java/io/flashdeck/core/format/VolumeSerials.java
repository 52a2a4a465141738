package io.flashdeck.core.format;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** Volume serial numbers and FAT timestamps, derived from the clock the way each tool does. */
final class VolumeSerials {

    private VolumeSerials() {
    }

    /**
     * FatFs stores {@code get_fattime()}, the packed local date and time, so two cameras formatted
     * in the same second get the same serial; mkfs.fat mixes seconds and microseconds.
     */
    static int serial(Layout layout, Clock clock) {
        if (layout == Layout.MICROPYTHON) {
            return fatTime(LocalDateTime.now(clock));
        }
        Instant now = clock.instant();
        return (int) (now.getEpochSecond() << 20 | now.getNano() / 1000);
    }

    /**
     * FAT's packed date (high 16 bits: years since 1980, month, day) and time (hours, minutes,
     * seconds / 2); dates outside 1980-2107 become 1980-01-01 00:00, as mkfs.fat does.
     */
    static int fatTime(LocalDateTime t) {
        if (t.getYear() < 1980 || t.getYear() > 2107) {
            return (1 << 5 | 1) << 16;
        }
        int date = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        return date << 16 | time;
    }
}
