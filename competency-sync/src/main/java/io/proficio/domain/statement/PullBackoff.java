package io.proficio.domain.statement;

import java.time.Duration;

/**
 * How long an upstream LRS that failed is left alone: the n-th failure in a row waits
 * {@code pollSeconds · 2ⁿ}, at most an hour, then moved by up to ±20% at random so that upstreams which
 * failed together (one LRS down for several tenants) are not all asked again in the same second.
 */
public final class PullBackoff {

    /** The longest wait before jitter. */
    public static final Duration MAX = Duration.ofHours(1);
    /** The most the jitter moves a wait, as a fraction of it. */
    public static final double JITTER = 0.2;

    private PullBackoff() {
    }

    /**
     * @param pollSeconds the upstream's poll interval; positive
     * @param failures    failures in a row, this one included; positive
     * @param jitter      where in the jitter range this wait falls, from -1 (20% shorter) to 1 (20% longer);
     *                    values outside are clamped
     * @return the wait; never shorter than 80% of {@code pollSeconds · 2}, never longer than 72 minutes
     */
    public static Duration delay(int pollSeconds, int failures, double jitter) {
        if (pollSeconds < 1 || failures < 1) {
            throw new IllegalArgumentException("pollSeconds and failures must be positive: " + pollSeconds + ", " + failures);
        }
        // Past 2^20 every poll interval is beyond the cap; the limit keeps the shift from overflowing.
        long seconds = Math.min(MAX.toSeconds(), (long) pollSeconds << Math.min(failures, 20));
        double factor = 1 + JITTER * Math.max(-1, Math.min(1, jitter));
        return Duration.ofMillis(Math.round(seconds * 1000 * factor));
    }
}
