package io.proficio.domain.framework;

import java.util.UUID;

/** Identifies one framework across Proficio; a UUID in its canonical text form. */
public record FrameworkId(String value) {

    public FrameworkId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A FrameworkId needs a value");
        }
    }

    public static FrameworkId generate() {
        return new FrameworkId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
