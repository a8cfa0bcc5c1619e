package io.proficio.domain.tenant;

import java.util.UUID;

/** Identifies one API-token across Proficio; a UUID in its canonical text form. */
public record ApiTokenId(String value) {

    public ApiTokenId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A ApiTokenId needs a value");
        }
    }

    public static ApiTokenId generate() {
        return new ApiTokenId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
