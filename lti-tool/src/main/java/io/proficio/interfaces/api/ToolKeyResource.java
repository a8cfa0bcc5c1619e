package io.proficio.interfaces.api;

import io.proficio.application.keys.ToolKeyService;
import io.proficio.domain.keys.ToolKey;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tool's signing keys, one set for the whole installation (published at {@code /lti/jwks}), so
 * managed by the operator. Rotation publishes the new key first and retires the old one only after
 * everything it signed has expired.
 */
@Path("tool-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.OPERATOR)
public class ToolKeyResource {

    /** @param signsFrom when the new key starts signing; default 15 minutes from now */
    public record RotationRequest(Instant signsFrom) {
    }

    /** A key: never its private part. {@code status}: next, signing, retiring (still published) or retired. */
    public record ToolKeyJson(String kid, String status, Instant createdAt, Instant signsFrom, Instant publishedUntil) {
        static ToolKeyJson of(ToolKeyService.KeyState state) {
            ToolKey key = state.key();
            return new ToolKeyJson(key.kid(), state.status().name().toLowerCase(Locale.ROOT), key.createdAt(),
                    key.signsFrom(), key.publishedUntil().orElse(null));
        }
    }

    @Inject
    ToolKeyService keys;

    @GET
    @Operation(summary = "The tool's keys and where each is in its life")
    public List<ToolKeyJson> list() {
        return keys.list().stream().map(ToolKeyJson::of).toList();
    }

    @POST
    @Operation(summary = "Rotate: add a key that is published now and signs from signsFrom")
    public Response rotate(RotationRequest request) {
        Optional<Instant> signsFrom = Optional.ofNullable(request).map(RotationRequest::signsFrom);
        return Response.status(Response.Status.CREATED).entity(ToolKeyJson.of(keys.rotate(signsFrom))).build();
    }
}
