package io.proficio.xapi.http;

import io.proficio.xapi.statement.StatementViolation;
import java.util.List;
import java.util.Objects;

/**
 * A request refused for one of the catalogued {@link XapiError}s, which gives the status, with a detail
 * message saying what exactly was wrong (the {@code message} clients read) and, for bad statements, each
 * violation found.
 */
public class XapiRejected extends RuntimeException {

    private final XapiError error;
    private final List<StatementViolation> violations;

    public XapiRejected(XapiError error, String detail, List<StatementViolation> violations) {
        super(detail);
        this.error = Objects.requireNonNull(error, "error");
        this.violations = List.copyOf(violations);
    }

    public XapiRejected(XapiError error, String detail) {
        this(error, detail, List.of());
    }

    public XapiError error() {
        return error;
    }

    /** The HTTP status of the {@link #error()}. */
    public int status() {
        return error.status();
    }

    public List<StatementViolation> violations() {
        return violations;
    }
}
