package io.proficio.xapi.http;

import io.proficio.xapi.statement.StatementViolation;
import java.util.List;

/** A request refused with an xAPI status (400, 401, 404, 409, …) and, for bad statements, what is wrong. */
public class XapiRejected extends RuntimeException {

    private final int status;
    private final List<StatementViolation> violations;

    public XapiRejected(int status, String message, List<StatementViolation> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public XapiRejected(int status, String message) {
        this(status, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<StatementViolation> violations() {
        return violations;
    }
}
