package io.proficio.domain.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an award holds and when its renewal window opens. Without {@code validForDays} an award
 * never expires. The renewal window is the last {@code renewalWindowDays} before expiry; left unset it
 * is a quarter of the validity, at most 30 days (the span HR systems commonly remind people in).
 *
 * @param validForDays      null for awards that never expire
 * @param renewalWindowDays null for the default
 */
public record Validity(Integer validForDays, Integer renewalWindowDays) {

    public static final int DEFAULT_WINDOW_CAP_DAYS = 30;

    public Validity {
        if (validForDays != null && validForDays < 1) {
            throw new IllegalArgumentException("validForDays must be at least 1");
        }
        if (renewalWindowDays != null && (renewalWindowDays < 0
                || validForDays == null || renewalWindowDays > validForDays)) {
            throw new IllegalArgumentException("renewalWindowDays must be between 0 and validForDays");
        }
    }

    public static Validity forever() {
        return new Validity(null, null);
    }

    public Optional<Instant> expiresAt(Instant issuedAt) {
        return validForDays == null ? Optional.empty() : Optional.of(issuedAt.plus(Duration.ofDays(validForDays)));
    }

    public int windowDays() {
        if (validForDays == null) {
            return 0;
        }
        return renewalWindowDays != null ? renewalWindowDays : Math.min(DEFAULT_WINDOW_CAP_DAYS, validForDays / 4);
    }

    /** When the renewal window of an award expiring at {@code expiresAt} opens. */
    public Instant windowOpens(Instant expiresAt) {
        return expiresAt.minus(Duration.ofDays(windowDays()));
    }

    /** The status time alone gives a valid award: active, expiring (inside the window) or expired. */
    public AwardStatus statusAt(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return AwardStatus.ACTIVE;
        }
        if (!now.isBefore(expiresAt)) {
            return AwardStatus.EXPIRED;
        }
        return now.isBefore(windowOpens(expiresAt)) ? AwardStatus.ACTIVE : AwardStatus.EXPIRING;
    }
}
