package io.proficio.infrastructure.lti;

/**
 * Why a call to a platform's service failed. Codes are stable: callers switch on them, log them and
 * decide whether to try again later ({@link #UNREACHABLE} and {@link #FAILED} may pass).
 */
public enum LtiServiceError {
    /** The token endpoint refused the client-credentials grant (OAuth error response, Security Framework §4.1). */
    TOKEN_REFUSED("The platform refused to issue an access token."),
    /** No response: connection refused, DNS failure, TLS failure or timeout. */
    UNREACHABLE("The platform could not be reached."),
    /** A 4xx answer, including a 401 that persisted after one retry with a new token. */
    REFUSED("The platform refused the request."),
    /** A 5xx answer. */
    FAILED("The platform failed to answer the request."),
    /** A 2xx answer whose body or headers are not what the service specification says. */
    BAD_RESPONSE("The platform's answer is malformed."),
    /** A paged collection had more pages than {@link LtiServiceSettings#maxPages()}. */
    TOO_MANY_PAGES("The platform's collection has too many pages.");

    private final String description;

    LtiServiceError(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
