package io.proficio.domain.person;

import java.util.UUID;

/** Identifies one person across Proficio; a UUID in its canonical text form. */
public record PersonId(String value) {

    public PersonId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A PersonId needs a value");
        }
    }

    public static PersonId generate() {
        return new PersonId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
