package io.proficio.domain.framework;

import java.util.UUID;

/** Identifies one competency across Proficio; a UUID in its canonical text form. */
public record CompetencyId(String value) {

    public CompetencyId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A CompetencyId needs a value");
        }
    }

    public static CompetencyId generate() {
        return new CompetencyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
