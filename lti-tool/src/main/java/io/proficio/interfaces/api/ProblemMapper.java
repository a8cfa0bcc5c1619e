package io.proficio.interfaces.api;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into RFC 9457 Problem Details. A refusal
 * ({@link ProficioException}, unreadable JSON, a JAX-RS client error) is the caller's to fix and is
 * answered as such; anything else is our fault: logged with a correlation id, answered 500 with
 * that id and no stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** SQLSTATE class 23 (SQL:2016, both H2 and PostgreSQL): a unique or foreign-key constraint refused a write. */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    @Override
    public Response toResponse(Throwable failure) {
        return problemFor(failure).toResponse();
    }

    static Problem problemFor(Throwable failure) {
        ProficioException refusal = cause(failure, ProficioException.class);
        if (refusal != null) {
            return Problem.of(refusal.code(), refusal.getMessage(), refusal.violations());
        }
        if (cause(failure, JsonbException.class) != null || cause(failure, JsonException.class) != null
                || failure instanceof ProcessingException) {
            Throwable root = rootCause(failure);
            return Problem.of(ErrorCode.MALFORMED_JSON, "The body could not be read as the expected JSON: "
                    + root.getMessage(), List.of());
        }
        SQLException sql = cause(failure, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
            // Two requests raced for the same unique thing (e.g. one CFDocument imported twice at once):
            // the loser's transaction was rolled back and may simply be sent again.
            return Problem.of(ErrorCode.CONFLICT, "The request collided with a concurrent change of the same data;"
                    + " nothing of it was stored. Send it again.", List.of());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND : null;
            return new Problem(code, status, web.getResponse().getStatusInfo().getReasonPhrase(), web.getMessage(),
                    List.of(), null);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Request failed [correlationId " + correlationId + "]", failure);
        return new Problem(null, 500, "Internal Server Error",
                "Proficio failed to handle this request. Quote the correlation id when reporting it.", List.of(),
                correlationId);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
