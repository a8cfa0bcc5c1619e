package io.proficio.infrastructure.lti;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on calls to a platform's services.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection; positive, never null
 * @param requestTimeout how long to wait for a response once the request is sent; positive, never null
 * @param maxPages       how many pages of one paged collection to follow before giving up, at least 1
 */
public record LtiServiceSettings(Duration connectTimeout, Duration requestTimeout, int maxPages) {

    /** 5 s to connect, 10 s per request, at most 1,000 pages. */
    public static final LtiServiceSettings DEFAULT =
            new LtiServiceSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1000);

    public LtiServiceSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive.");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1.");
        }
    }
}
