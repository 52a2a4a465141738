package io.flashdeck.core.volume;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * A time zone converting between the local (wall-clock) times volumes keep, as FAT does, and the
 * instants hosts keep, with java.time's rules: a local time skipped by a change of offset moves
 * later by the length of the gap, and one that occurs twice is taken at the earlier offset.
 *
 * <p>It goes through {@link TimeZone} rather than java.time's zone rules: loading those costs a
 * process 15 to 20 ms (the JDK reads its time-zone database a second time and searches every jar
 * on the class path for other rule providers), a fifth of a short command's run. Both read the
 * same database; only where a zone's future changes follow no yearly rule (Morocco's) does
 * TimeZone know them just until 2037.
 */
public final class LocalZone {

    /** Offsets change at most once within this span around any local time, in every zone there is. */
    private static final long WINDOW_SECONDS = 86_400;
    /** Beyond this, milliseconds overflow; such times keep the zone's standard offset. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1000 - WINDOW_SECONDS;

    private final TimeZone zone;

    public LocalZone(TimeZone zone) {
        this.zone = (TimeZone) zone.clone();
    }

    /** The system's zone, looked up once. */
    public static LocalZone system() {
        return SystemZone.ZONE;
    }

    /** The local time at {@code instant}. */
    public LocalDateTime toLocal(Instant instant) {
        long seconds = instant.getEpochSecond();
        return LocalDateTime.ofEpochSecond(seconds + offsetSeconds(seconds), instant.getNano(), ZoneOffset.UTC);
    }

    /** The instant of {@code local}. */
    public Instant toInstant(LocalDateTime local) {
        long wall = local.toEpochSecond(ZoneOffset.UTC);
        int before = offsetSeconds(wall - WINDOW_SECONDS);
        int after = offsetSeconds(wall + WINDOW_SECONDS);
        long seconds = wall - before;
        // Near a change of offset, the later one applies once the local time is past the change
        // (neither fits in a gap, where the earlier one moves the time later, as java.time does).
        if (before != after && offsetSeconds(seconds) != before && offsetSeconds(wall - after) == after) {
            seconds = wall - after;
        }
        return Instant.ofEpochSecond(seconds, local.getNano());
    }

    /** The local time now. */
    public LocalDateTime now() {
        return toLocal(Instant.now());
    }

    private int offsetSeconds(long epochSeconds) {
        if (Math.abs(epochSeconds) > MAX_SECONDS) {
            return zone.getRawOffset() / 1000;
        }
        return zone.getOffset(epochSeconds * 1000) / 1000;
    }

    /** Holds the system zone until first asked for. */
    private static final class SystemZone {
        static final LocalZone ZONE = new LocalZone(TimeZone.getDefault());
    }
}
