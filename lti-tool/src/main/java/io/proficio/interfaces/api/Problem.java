package io.proficio.interfaces.api;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 Problem Details body. {@code type} is {@code urn:proficio:problem:<code>}; besides
 * the standard members it carries {@code code} (the same code, for switching on), and where the
 * fault is in the request body, {@code errors}: one {@code {pointer, detail}} per violation, the
 * pointer an RFC 6901 JSON Pointer.
 *
 * @param correlationId set for server faults, so a log line can be found; may be null
 */
public record Problem(ErrorCode code, int status, String title, String detail, List<Violation> errors,
                      String correlationId) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(ErrorCode code, String detail, List<Violation> errors) {
        return new Problem(code, code.status(), code.title(), detail, errors, null);
    }

    public JsonObject toJSONObject() {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", code == null ? "about:blank" : "urn:proficio:problem:" + code.slug())
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (code != null) {
            body.add("code", code.slug());
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("pointer", e.pointer()).add("detail", e.detail())));
            body.add("errors", list);
        }
        if (correlationId != null) {
            body.add("correlationId", correlationId);
        }
        return body.build();
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(toJSONObject().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"proficio\"");
        }
        return response.build();
    }
}
