package io.proficio.domain.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again, and when it is given up as dead: after {@code maxAttempts}
 * attempts, or once {@code maxAge} has passed since its round of attempts began, whichever comes first.
 */
public record RetryRules(int maxAttempts, Duration maxAge, Backoff backoff) {

    /** Standard Webhooks' guidance spreads retries over about a day; three days leaves a weekend's outage. */
    public static final RetryRules DEFAULT = new RetryRules(15, Duration.ofDays(3),
            new Backoff(Duration.ofSeconds(5), Duration.ofHours(1)));

    public RetryRules {
        if (maxAttempts < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 and maxAge positive");
        }
    }

    /**
     * @param failedAttempts attempts made in this round, all failed
     * @return when to try again, or empty when the delivery is dead
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant roundStarted, Instant now, RandomGenerator random) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Instant next = now.plus(backoff.delay(failedAttempts, random));
        return next.isAfter(roundStarted.plus(maxAge)) ? Optional.empty() : Optional.of(next);
    }
}
