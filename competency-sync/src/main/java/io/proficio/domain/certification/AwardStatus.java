package io.proficio.domain.certification;

import java.util.Locale;

/** Where an award stands. ACTIVE and EXPIRING awards are valid. */
public enum AwardStatus {
    ACTIVE, EXPIRING, EXPIRED, REVOKED;

    public boolean isValid() {
        return this == ACTIVE || this == EXPIRING;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
