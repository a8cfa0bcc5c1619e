package io.proficio.domain.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: after the n-th failed attempt the ceiling is
 * {@code min(max, initial × 2^(n-1))}, and the delay is drawn evenly from its upper half ("equal
 * jitter"), so retries of many deliveries spread out yet never come back at once.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < initial <= max");
        }
    }

    /** @param failedAttempts how many attempts have failed so far, at least 1 */
    public Duration delay(int failedAttempts, RandomGenerator random) {
        Duration ceiling = ceiling(failedAttempts);
        long half = ceiling.toMillis() / 2;
        return Duration.ofMillis(ceiling.toMillis() - half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    Duration ceiling(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
