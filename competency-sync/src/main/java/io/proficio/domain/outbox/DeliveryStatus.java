package io.proficio.domain.outbox;

import java.util.Locale;

/** A delivery is pending (waiting, or in flight under a lease) until delivered, or dead when given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
