package io.proficio.domain.evidence;

import java.util.UUID;

/** Identifies one piece of evidence; a UUID in its canonical text form. */
public record EvidenceId(String value) {

    public EvidenceId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An EvidenceId needs a value");
        }
    }

    public static EvidenceId generate() {
        return new EvidenceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
