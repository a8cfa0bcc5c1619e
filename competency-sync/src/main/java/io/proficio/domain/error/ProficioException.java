package io.proficio.domain.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request Proficio refuses, with a catalogued {@link ErrorCode} and, where the fault lies in the
 * request body, the {@link Violation}s that say where. The edges turn it into RFC 9457 Problem
 * Details; it never stands for a fault of Proficio's own (those are plain runtime exceptions).
 * Thrown from an application service, it rolls the transaction back and reaches the edge as itself.
 */
@ApplicationException(rollback = true, inherited = true)
public class ProficioException extends RuntimeException {

    private final ErrorCode code;
    private final List<Violation> violations;

    public ProficioException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProficioException(ErrorCode code, String detail, List<Violation> violations) {
        super(detail);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static ProficioException notFound(String what, Object id) {
        return new ProficioException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist.");
    }

    /** A request whose field at {@code pointer} is wrong. */
    public static ProficioException invalid(String pointer, String detail) {
        return new ProficioException(ErrorCode.INVALID_REQUEST, detail, List.of(new Violation(pointer, detail)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
