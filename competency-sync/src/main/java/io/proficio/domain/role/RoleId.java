package io.proficio.domain.role;

import java.util.UUID;

/** Identifies one role-profile across Proficio; a UUID in its canonical text form. */
public record RoleId(String value) {

    public RoleId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A RoleId needs a value");
        }
    }

    public static RoleId generate() {
        return new RoleId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
