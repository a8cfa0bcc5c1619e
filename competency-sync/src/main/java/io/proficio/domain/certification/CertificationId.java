package io.proficio.domain.certification;

import java.util.UUID;

/** Identifies a certification; a UUID in its canonical text form. */
public record CertificationId(String value) {

    public CertificationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A CertificationId needs a value");
        }
    }

    public static CertificationId generate() {
        return new CertificationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
