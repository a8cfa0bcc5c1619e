package io.proficio.infrastructure.lti;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A call to a platform's LTI Advantage service that failed, with a catalogued {@link LtiServiceError},
 * the HTTP status when the platform answered, and a message naming the URL (never a token or key).
 */
public class LtiServiceException extends RuntimeException {

    private final LtiServiceError error;
    private final OptionalInt status;

    public LtiServiceException(LtiServiceError error, String detail) {
        this(error, OptionalInt.empty(), detail, null);
    }

    public LtiServiceException(LtiServiceError error, String detail, Throwable cause) {
        this(error, OptionalInt.empty(), detail, cause);
    }

    public LtiServiceException(LtiServiceError error, int status, String detail) {
        this(error, OptionalInt.of(status), detail, null);
    }

    private LtiServiceException(LtiServiceError error, OptionalInt status, String detail, Throwable cause) {
        super(error.description() + " " + detail, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.status = status;
    }

    public LtiServiceError error() {
        return error;
    }

    /** The HTTP status the platform answered with; empty when there was no answer. */
    public OptionalInt status() {
        return status;
    }
}
