package io.proficio.xapi.statement;

import java.util.Objects;

/**
 * One way in which a submitted Statement breaks xAPI 1.0.3 Data §2 (or its 2.0 counterpart).
 *
 * @param statementIndex zero-based position of the Statement in the request body; 0 for a single
 *     Statement object
 * @param pointer RFC 6901 JSON Pointer to the offending value <em>inside that Statement</em>
 *     ({@code ""} for the Statement itself, e.g. {@code /actor/mbox}); never {@code null}
 * @param message human-readable reason, suitable for the {@code detail} of a Problem Details
 *     response; never {@code null}
 */
public record StatementViolation(int statementIndex, String pointer, String message) {

    public StatementViolation {
        if (statementIndex < 0) {
            throw new IllegalArgumentException("statementIndex must not be negative");
        }
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
