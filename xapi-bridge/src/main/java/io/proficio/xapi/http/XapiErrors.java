package io.proficio.xapi.http;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.xapi.statement.StatementViolation;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * xAPI errors as JSON: {@code {"error", "message", "violations": [{"statementIndex", "pointer", "message"}]}}
 * with the status of the {@link XapiError} refused for; anything unexpected a 500 with a reference in the server
 * log, never a stack trace.
 */
@Provider
public class XapiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(XapiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof XapiRejected rejected) {
            return refusal(rejected);
        }
        if (failure instanceof NotSupportedException) {
            // xAPI answers a request it cannot read with 400 (1.0.3 Communication §3.2: "400 Bad Request -
            // Indicates an error condition caused by an invalid or missing argument"); ADL's suite expects 400
            // for, say, statements sent as multipart/form-data, where JAX-RS would say 415.
            return refusal(new XapiRejected(XapiError.MEDIA_TYPE_UNSUPPORTED, "Send statements as application/json,"
                    + " or as multipart/mixed with their attachments (xAPI 1.0.3 Communication §1.5.2)."));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // JAX-RS's own refusals (no such resource, a method or media type the resource does not serve) are
            // HTTP's rather than xAPI's, so they keep the status JAX-RS chose.
            return body(web.getResponse().getStatus(), failure.getMessage(), List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "xAPI request failed, reference " + reference, failure);
        return body(500, "The request failed on our side (reference " + reference + ").", List.of());
    }

    private static Response refusal(XapiRejected rejected) {
        return body(rejected.status(), rejected.getMessage(), rejected.violations());
    }

    private static Response body(int status, String message, List<StatementViolation> violations) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        violations.forEach(v -> items.add(JSON.createObjectBuilder()
                .add("statementIndex", v.statementIndex()).add("pointer", v.pointer()).add("message", v.message())));
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("error", Response.Status.fromStatusCode(status) == null
                                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase())
                        .add("message", message == null ? "" : message)
                        .add("violations", items).build().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Proficio xAPI\"");
        }
        return response.build();
    }
}
