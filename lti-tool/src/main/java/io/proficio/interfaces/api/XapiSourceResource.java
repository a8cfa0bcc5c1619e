package io.proficio.interfaces.api;

import io.proficio.application.xapi.XapiSourceService;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's xAPI sources: HTTP Basic credentials (key and secret) for {@code /xapi/}. */
@Path("xapi-sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class XapiSourceResource {

    /**
     * @param version the xAPI version ({@code 1.0.3} or {@code 2.0.0}) Proficio names in answers to the
     *                source's requests that lack {@code X-Experience-API-Version}; absent for the latest
     */
    public record SourceRequest(String name, String version) {
    }

    /** A new source: the secret is shown here only. */
    public record NewSourceJson(String id, String name, String key, String secret, String version, Instant createdAt) {
    }

    /** A source as lists show it: never its secret. */
    public record SourceJson(String id, String name, String key, String version, Instant createdAt, Instant revokedAt) {
        static SourceJson of(XapiSource source) {
            return new SourceJson(source.id(), source.name(), source.apiKey(), source.defaultVersion().orElse(null),
                    source.createdAt(), source.revokedAt().orElse(null));
        }
    }

    @Inject
    XapiSourceService sources;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Make an xAPI source; its secret is shown once")
    public Response create(SourceRequest request) {
        SourceRequest body = Bodies.require(request);
        XapiSourceService.Credentials made = sources.create(caller.tenantId(), body.name(),
                Optional.ofNullable(body.version()));
        XapiSource source = made.source();
        return Response.created(uri.getAbsolutePathBuilder().path(source.id()).build())
                .entity(new NewSourceJson(source.id(), source.name(), source.apiKey(), made.secret().value(),
                        source.defaultVersion().orElse(null), source.createdAt()))
                .build();
    }

    @GET
    public List<SourceJson> list() {
        return sources.list(caller.tenantId()).stream().map(SourceJson::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an xAPI source; its statements stay")
    public Response revoke(@PathParam("id") String id) {
        sources.revoke(caller.tenantId(), id);
        return Response.noContent().build();
    }
}
