package io.proficio.xapi.pull;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A request to an upstream LRS that did not give a page of Statements. Its {@link Kind} says what went
 * wrong, so a pull can tell "try again later" (a 5xx, a timeout, the network) from "an admin must look"
 * (401, 403, an answer that is not a StatementResult).
 *
 * <p>Checked, because every pull must decide what a failure of someone else's system means for it
 * (back off, record it on the source, stop) and the compiler should not let a caller forget that. The
 * message is short and names the method, the URI without its query, and the status; it never holds the
 * password, the Authorization header or the LRS's response body (an error page can echo a request).
 */
public final class UpstreamFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The LRS answered with a status other than 2xx; {@link #status()} holds it. */
        STATUS,
        /** No complete answer within the read timeout, or no connection within the connect timeout. */
        TIMEOUT,
        /** The connection failed or broke (refused, reset, TLS, DNS). */
        IO,
        /** The pulling thread was interrupted while it waited; its interrupt flag is set again. */
        INTERRUPTED,
        /**
         * A 2xx answer that is not a StatementResult (not JSON, no {@code statements} array, a {@code more}
         * that is not a string), or a {@code more} link that cannot be followed safely.
         */
        MALFORMED
    }

    private final Kind kind;
    private final int status;

    UpstreamFailure(Kind kind, OptionalInt status, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status.orElse(-1);
    }

    UpstreamFailure(Kind kind, OptionalInt status, String message) {
        this(kind, status, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the LRS answered with; empty when no answer came (timeout, I/O, interrupted). */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
