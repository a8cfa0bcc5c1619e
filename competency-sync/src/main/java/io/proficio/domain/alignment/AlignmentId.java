package io.proficio.domain.alignment;

import java.util.UUID;

/** Identifies one alignment across Proficio; a UUID in its canonical text form. */
public record AlignmentId(String value) {

    public AlignmentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A AlignmentId needs a value");
        }
    }

    public static AlignmentId generate() {
        return new AlignmentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
