package io.proficio.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void theCeilingDoublesFromTheInitialDelayUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(5), BACKOFF.ceiling(1));
        assertEquals(Duration.ofSeconds(10), BACKOFF.ceiling(2));
        assertEquals(Duration.ofSeconds(40), BACKOFF.ceiling(4));
        assertEquals(Duration.ofSeconds(160), BACKOFF.ceiling(6));
        assertEquals(Duration.ofMinutes(5), BACKOFF.ceiling(7));
        assertEquals(Duration.ofMinutes(5), BACKOFF.ceiling(1000));
    }

    @Test
    void eachDelayLiesInTheUpperHalfOfItsCeilingAndTheyVary() {
        SplittableRandom random = new SplittableRandom(7);
        java.util.Set<Duration> seen = new java.util.HashSet<>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            Duration ceiling = BACKOFF.ceiling(attempt);
            for (int i = 0; i < 50; i++) {
                Duration delay = BACKOFF.delay(attempt, random);
                assertTrue(delay.compareTo(ceiling.dividedBy(2)) >= 0 && delay.compareTo(ceiling) <= 0,
                        delay + " outside [" + ceiling.dividedBy(2) + ", " + ceiling + "]");
                seen.add(delay);
            }
        }
        assertTrue(seen.size() > 100, "jitter spreads the delays");
    }

    @Test
    void aDeliveryDiesAfterItsLastAttemptOrOnceTooOld() {
        RetryRules rules = new RetryRules(3, Duration.ofMinutes(1), new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(40)));
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        SplittableRandom random = new SplittableRandom(1);

        Optional<Instant> second = rules.nextAttempt(1, start, start, random);
        assertTrue(second.isPresent() && !second.get().isBefore(start.plusSeconds(5)));
        assertEquals(Optional.empty(), rules.nextAttempt(3, start, start, random), "three attempts made");
        assertEquals(Optional.empty(), rules.nextAttempt(2, start, start.plusSeconds(55), random),
                "the next try would fall after the maximum age");
    }
}
