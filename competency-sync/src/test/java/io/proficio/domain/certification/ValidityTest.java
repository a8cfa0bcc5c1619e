package io.proficio.domain.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anAwardWithoutValidityNeverExpires() {
        Validity forever = Validity.forever();

        assertEquals(Optional.empty(), forever.expiresAt(ISSUED));
        assertEquals(AwardStatus.ACTIVE, forever.statusAt(null, ISSUED.plus(Duration.ofDays(10_000))));
    }

    @Test
    void isActiveThenExpiringInsideTheWindowThenExpired() {
        Validity yearWithMonthWindow = new Validity(365, 30);
        Instant expires = yearWithMonthWindow.expiresAt(ISSUED).orElseThrow();

        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), expires);
        assertEquals(AwardStatus.ACTIVE, yearWithMonthWindow.statusAt(expires, expires.minus(Duration.ofDays(31))));
        assertEquals(AwardStatus.EXPIRING, yearWithMonthWindow.statusAt(expires, expires.minus(Duration.ofDays(30))));
        assertEquals(AwardStatus.EXPIRING, yearWithMonthWindow.statusAt(expires, expires.minusSeconds(1)));
        assertEquals(AwardStatus.EXPIRED, yearWithMonthWindow.statusAt(expires, expires));
    }

    @Test
    void theDefaultWindowIsAQuarterOfTheValidityAtMostThirtyDays() {
        assertEquals(30, new Validity(365, null).windowDays());
        assertEquals(10, new Validity(40, null).windowDays());
        assertEquals(0, new Validity(3, null).windowDays());
    }

    @Test
    void aWindowAsLongAsTheValidityMakesTheAwardExpiringAtOnce() {
        Validity whole = new Validity(10, 10);

        assertEquals(AwardStatus.EXPIRING, whole.statusAt(whole.expiresAt(ISSUED).orElseThrow(), ISSUED));
    }

    @Test
    void refusesAWindowLongerThanTheValidityOrWithoutOne() {
        assertThrows(IllegalArgumentException.class, () -> new Validity(10, 11));
        assertThrows(IllegalArgumentException.class, () -> new Validity(null, 5));
        assertThrows(IllegalArgumentException.class, () -> new Validity(0, null));
    }
}
