package io.proficio.domain.lti;

import java.util.Objects;
import java.util.UUID;

/** The id of an LTI platform registration. */
public record PlatformId(String value) {

    public PlatformId {
        Objects.requireNonNull(value, "value");
    }

    public static PlatformId generate() {
        return new PlatformId(UUID.randomUUID().toString());
    }
}
