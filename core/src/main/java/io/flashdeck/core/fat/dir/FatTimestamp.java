package io.flashdeck.core.fat.dir;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * FAT's local date and time fields: date = (year - 1980) << 9 | month << 5 | day,
 * time = hour << 11 | minute << 5 | seconds / 2. They cover 1980-01-01 to 2107-12-31 in
 * two-second steps. Creation times add a byte FAT calls "tenths" that counts 10 ms units
 * (0-199), which gives back the odd second and the fraction.
 */
public final class FatTimestamp {

    public static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 0);
    public static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private static final int MAX_TENTHS = 199;

    private FatTimestamp() {
    }

    /** The moment the fields name, or null when the date is 0 or a field is out of range. */
    public static LocalDateTime decode(int date, int time) {
        return decode(date, time, 0);
    }

    /** As {@link #decode(int, int)}, with a creation time's "tenths" byte (10 ms units, 0-199). */
    public static LocalDateTime decode(int date, int time, int tenths) {
        if (date == 0 || tenths < 0 || tenths > MAX_TENTHS) {
            return null;
        }
        try {
            return LocalDateTime.of(1980 + (date >>> 9 & 0x7F), date >>> 5 & 0x0F, date & 0x1F,
                    time >>> 11 & 0x1F, time >>> 5 & 0x3F, (time & 0x1F) * 2 + tenths / 100,
                    tenths % 100 * 10_000_000);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static int encodeDate(LocalDateTime t) {
        LocalDateTime c = clamp(t);
        return (c.getYear() - 1980) << 9 | c.getMonthValue() << 5 | c.getDayOfMonth();
    }

    /** The time field; an odd second rounds down to the even one before it. */
    public static int encodeTime(LocalDateTime t) {
        LocalDateTime c = clamp(t);
        return c.getHour() << 11 | c.getMinute() << 5 | c.getSecond() / 2;
    }

    /** The "tenths" byte of a creation time: what {@link #encodeTime} dropped, in 10 ms units. */
    public static int encodeTenths(LocalDateTime t) {
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            return 0;
        }
        return t.getSecond() % 2 * 100 + t.getNano() / 10_000_000;
    }

    private static LocalDateTime clamp(LocalDateTime t) {
        if (t.isBefore(EARLIEST)) {
            return EARLIEST;
        }
        return t.isAfter(LATEST) ? LATEST : t;
    }
}
