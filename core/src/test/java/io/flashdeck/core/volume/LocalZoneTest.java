package io.flashdeck.core.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conversions agree with java.time's, at random times and around every change of offset from 1970
 * to 2107 (FAT's last year). Morocco's changes follow no yearly rule, and TimeZone knows them only
 * until 2037: there the comparison stops in 2037.
 */
class LocalZoneTest {

    private static final long FIRST = epochSecond(1970);
    private static final Set<String> NO_CHANGES_SINCE_1970 = Set.of("UTC", "Asia/Kolkata");

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
        "America/Sao_Paulo", "Pacific/Apia", "Africa/Casablanca", "Antarctica/Troll", "America/St_Johns",
        "Asia/Kathmandu", "Pacific/Kiritimati"})
    void agreesWithJavaTime(String id) {
        ZoneId zoneId = ZoneId.of(id);
        long last = epochSecond(id.equals("Africa/Casablanca") ? 2038 : 2108);
        LocalZone zone = new LocalZone(TimeZone.getTimeZone(id));
        Random random = new Random(id.hashCode());
        for (int i = 0; i < 20_000; i++) {
            long seconds = FIRST + (long) (random.nextDouble() * (last - FIRST));
            checkLocal(zone, zoneId, LocalDateTime.ofEpochSecond(seconds, random.nextInt(1_000_000_000),
                    ZoneOffset.UTC));
            checkInstant(zone, zoneId, Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000)));
        }
        ZoneRules rules = zoneId.getRules();
        Instant from = Instant.ofEpochSecond(FIRST);
        int transitions = 0;
        for (ZoneOffsetTransition transition = rules.nextTransition(from);
                transition != null && transition.getInstant().getEpochSecond() < last;
                transition = rules.nextTransition(transition.getInstant())) {
            transitions++;
            for (long minutes = -150; minutes <= 150; minutes += 15) {
                checkLocal(zone, zoneId, transition.getDateTimeBefore().plusMinutes(minutes));
                checkLocal(zone, zoneId, transition.getDateTimeAfter().plusMinutes(minutes).plusSeconds(1));
                checkInstant(zone, zoneId, transition.getInstant().plus(Duration.ofMinutes(minutes)));
            }
        }
        assertThat(transitions > 0).as("changes of offset in " + id).isEqualTo(!NO_CHANGES_SINCE_1970.contains(id));
    }

    private static long epochSecond(int year) {
        return LocalDateTime.of(year, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    }

    private static void checkLocal(LocalZone zone, ZoneId zoneId, LocalDateTime local) {
        assertThat(zone.toInstant(local)).as(local + " in " + zoneId)
                .isEqualTo(ZonedDateTime.ofLocal(local, zoneId, null).toInstant());
    }

    private static void checkInstant(LocalZone zone, ZoneId zoneId, Instant instant) {
        assertThat(zone.toLocal(instant)).as(instant + " in " + zoneId)
                .isEqualTo(LocalDateTime.ofInstant(instant, zoneId));
    }
}
