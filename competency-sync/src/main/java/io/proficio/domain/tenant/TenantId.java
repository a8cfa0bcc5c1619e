package io.proficio.domain.tenant;

import java.util.UUID;

/** Identifies one tenant across Proficio; a UUID in its canonical text form. */
public record TenantId(String value) {

    public TenantId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A TenantId needs a value");
        }
    }

    public static TenantId generate() {
        return new TenantId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
