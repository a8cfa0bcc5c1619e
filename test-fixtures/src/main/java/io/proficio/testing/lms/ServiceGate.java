package io.proficio.testing.lms;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every NRPS and AGS request meets before its service: the delay a test asked for, the record of the
 * request ({@link TestPlatform.Request}), a 401 for a missing, unknown or expired token (RFC 6750 §3.1), the
 * 401s a test asked for (each revokes the token it answers) and the failure status a test asked for, in that
 * order. When media types are strict, the services also insist on exactly their Accept or Content-Type (406,
 * 415) through {@link #accepts} and {@link #sends}. Thread-safe.
 */
final class ServiceGate {

    private final TokenEndpoint tokens;
    private final List<TestPlatform.Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unauthorizedToSend = new AtomicInteger();
    private volatile int failureStatus;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean strictMediaTypes;

    ServiceGate(TokenEndpoint tokens) {
        this.tokens = tokens;
    }

    void rejectNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        unauthorizedToSend.set(count);
    }

    /** @param status the status of every service answer; 0 to stop */
    void failWith(int status) {
        if (status != 0 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        failureStatus = status;
    }

    void delay(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + wait);
        }
        delay = wait;
    }

    void strictMediaTypes(boolean strict) {
        strictMediaTypes = strict;
    }

    List<TestPlatform.Request> requests() {
        return List.copyOf(requests);
    }

    /** Whether the service may answer the request; when not, the gate has answered it. */
    boolean admit(HttpExchange exchange) throws IOException, InterruptedException {
        Duration wait = delay;
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis());
        }
        String token = HttpExchanges.bearerToken(exchange).orElse("");
        Optional<TokenEndpoint.Grant> grant = tokens.grant(token);
        requests.add(new TestPlatform.Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept")),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), token,
                grant.map(TokenEndpoint.Grant::scopes).orElse(Set.of()), HttpExchanges.body(exchange)));
        if (grant.isEmpty()) {
            TokenEndpoint.refuse(exchange, "missing, unknown or expired access token");
            return false;
        }
        if (unauthorizedToSend.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            tokens.revoke(token);
            TokenEndpoint.refuse(exchange, "token revoked");
            return false;
        }
        int status = failureStatus;
        if (status != 0) {
            HttpExchanges.sendError(exchange, status, "server_error", "failing as told");
            return false;
        }
        return true;
    }

    /** Whether a GET may go on: always, unless media types are strict and Accept is not exactly this one (406). */
    boolean accepts(HttpExchange exchange, String mediaType) throws IOException {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (!strictMediaTypes || accept != null && accept.strip().equals(mediaType)) {
            return true;
        }
        HttpExchanges.sendError(exchange, 406, "invalid_request", "expected Accept: " + mediaType);
        return false;
    }

    /** Whether a POST or PUT may go on: always, unless media types are strict and its type is another (415). */
    boolean sends(HttpExchange exchange, String mediaType) throws IOException {
        if (!strictMediaTypes || HttpExchanges.contentType(exchange).equals(mediaType)) {
            return true;
        }
        HttpExchanges.sendError(exchange, 415, "invalid_request", "expected Content-Type: " + mediaType);
        return false;
    }

    /** Whether media types are strict, for a service that is lenient otherwise. */
    boolean strict() {
        return strictMediaTypes;
    }
}
