package io.proficio.interfaces.api;

import io.proficio.application.xapi.XapiUpstreamService;
import io.proficio.domain.statement.UpstreamCheckpoint;
import io.proficio.domain.statement.UpstreamSpec;
import io.proficio.domain.statement.XapiUpstream;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's upstream LRSs: xAPI endpoints Proficio pulls Statements from (GET Statements, xAPI 1.0.3
 * Communication §2.1.3) every {@code pollSeconds}, resuming after the last Statement it took. The
 * password is write-only: no answer shows it.
 */
@Path("xapi-upstreams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class XapiUpstreamResource {

    /**
     * An upstream as given: every field but {@code activity}, {@code verb}, {@code pollSeconds} (60) and
     * {@code enabled} (true) is required, except {@code password} on PUT, where leaving it out keeps it.
     */
    public record UpstreamRequest(String name, String endpoint, String username, String password, String activity,
                                  String verb, Integer pollSeconds, Boolean enabled) {
        UpstreamSpec toSpec() {
            return new UpstreamSpec(name, endpoint, username, password, activity, verb, pollSeconds, enabled);
        }
    }

    /** The stored time and id of the latest Statement taken, as the upstream gave them. */
    public record CheckpointJson(Instant stored, String id) {
        static CheckpointJson of(UpstreamCheckpoint checkpoint) {
            return new CheckpointJson(checkpoint.stored(), checkpoint.statementId());
        }
    }

    /**
     * An upstream and the state of pulling from it; never its password. Members without a value are
     * {@code null}, not left out. {@code lastError} is the last problem seen, prefixed with when;
     * {@code failures} (failed runs in a row) says whether it still stands.
     */
    @JsonbNillable
    public record UpstreamJson(String id, String name, String endpoint, String username, String activity, String verb,
                               int pollSeconds, boolean enabled, String sourceId, CheckpointJson checkpoint,
                               long pulled, int failures, String lastError, Instant lastPolledAt, Instant nextPollAt,
                               Instant createdAt) {
        static UpstreamJson of(XapiUpstream u) {
            return new UpstreamJson(u.id(), u.name(), u.endpoint(), u.username(), u.activityFilter().orElse(null),
                    u.verbFilter().orElse(null), u.pollSeconds(), u.enabled(), u.sourceId(),
                    u.checkpoint().map(CheckpointJson::of).orElse(null), u.pulled(), u.failures(),
                    u.lastError().orElse(null), u.lastPolledAt().orElse(null), u.nextPollAt(), u.createdAt());
        }
    }

    @Inject
    XapiUpstreamService upstreams;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Register an upstream LRS to pull xAPI statements from; the first pull starts within seconds")
    public Response create(UpstreamRequest request) {
        XapiUpstream upstream = upstreams.create(caller.tenantId(), Bodies.require(request).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(upstream.id()).build())
                .entity(UpstreamJson.of(upstream)).build();
    }

    @GET
    @Operation(summary = "The tenant's upstream LRSs and the state of pulling from each")
    public List<UpstreamJson> list() {
        return upstreams.list(caller.tenantId()).stream().map(UpstreamJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One upstream LRS: checkpoint, statements pulled, failures, last error, next poll")
    public UpstreamJson get(@PathParam("id") String id) {
        return UpstreamJson.of(upstreams.get(caller.tenantId(), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an upstream LRS's settings (password optional: left out, it is kept);"
            + " a new endpoint or filter pulls from the beginning again")
    public UpstreamJson update(@PathParam("id") String id, UpstreamRequest request) {
        return UpstreamJson.of(upstreams.update(caller.tenantId(), id, Bodies.require(request).toSpec()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an upstream LRS and revoke its xAPI source; statements pulled stay")
    public Response delete(@PathParam("id") String id) {
        upstreams.delete(caller.tenantId(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/poll")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Poll an upstream LRS now rather than at its next poll; the puller starts within seconds")
    public Response poll(@PathParam("id") String id) {
        return Response.accepted(UpstreamJson.of(upstreams.pollSoon(caller.tenantId(), id))).build();
    }
}
