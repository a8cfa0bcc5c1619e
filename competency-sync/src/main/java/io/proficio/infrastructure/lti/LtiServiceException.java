package io.proficio.infrastructure.lti;

import jakarta.ejb.ApplicationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A call to a platform's LTI Advantage service that failed, with a catalogued {@link LtiServiceError},
 * the HTTP status when the platform answered, the first line of what it answered, and a message naming
 * the URL (never a token or key).
 *
 * <p>An application exception: an EJB passes it to its caller as it is (not wrapped in an
 * {@code EJBException}), so pages and connectors can tell the platform's failure from ours.
 */
@ApplicationException(rollback = true)
public class LtiServiceException extends RuntimeException {

    private static final Set<Integer> PER_REQUEST_REFUSALS = Set.of(400, 409, 422);

    private final LtiServiceError error;
    private final OptionalInt status;
    private final Optional<String> answer;

    public LtiServiceException(LtiServiceError error, String detail) {
        this(error, OptionalInt.empty(), Optional.empty(), detail, null);
    }

    public LtiServiceException(LtiServiceError error, String detail, Throwable cause) {
        this(error, OptionalInt.empty(), Optional.empty(), detail, cause);
    }

    public LtiServiceException(LtiServiceError error, int status, String detail) {
        this(error, OptionalInt.of(status), Optional.empty(), detail, null);
    }

    /** @param answer the first line of the platform's answer ({@link PlatformAnswer}); may be empty */
    public LtiServiceException(LtiServiceError error, int status, Optional<String> answer, String detail) {
        this(error, OptionalInt.of(status), answer, detail, null);
    }

    private LtiServiceException(LtiServiceError error, OptionalInt status, Optional<String> answer, String detail,
                                Throwable cause) {
        super(error.description() + " " + detail, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.status = status;
        this.answer = Objects.requireNonNull(answer, "answer");
    }

    public LtiServiceError error() {
        return error;
    }

    /** The HTTP status the platform answered with; empty when there was no answer. */
    public OptionalInt status() {
        return status;
    }

    /**
     * Whether the platform refused this request for what it said about one user or item (400, 409, 422:
     * Moodle answers 400 for a score of a user who is not gradable in the course, Canvas 422), so that
     * the same call for another user may pass. Any other failure (no answer, 5xx, a token or permission
     * refused with 401/403, a line item gone with 404) would fail every further call alike.
     */
    public boolean refusesOnlyThisRequest() {
        return error == LtiServiceError.REFUSED && status.isPresent()
                && PER_REQUEST_REFUSALS.contains(status.getAsInt());
    }

    /** The first readable line of the platform's answer; empty when it said nothing readable. */
    public Optional<String> answer() {
        return answer;
    }
}
