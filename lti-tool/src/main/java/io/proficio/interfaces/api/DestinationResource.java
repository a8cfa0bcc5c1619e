package io.proficio.interfaces.api;

import io.proficio.application.outbox.DestinationService;
import io.proficio.domain.outbox.Destination;
import io.proficio.domain.outbox.DestinationSpec;
import io.proficio.domain.outbox.RetryRules;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
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

/** Where events are delivered: webhooks signed per Standard Webhooks, and LMS gradebooks through LTI AGS. */
@Path("destinations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class DestinationResource {

    /** A destination; settings left out take their defaults. {@code secret} appears only on create and rotation. */
    public record DestinationJson(String id, String type, String url, String platformId, List<String> eventTypes,
                                  Integer maxInFlight,
                                  Integer maxAttempts, Long maxAgeSeconds, Integer timeoutMs, Long backoffInitialMs,
                                  Long backoffMaxMs, String secret, Instant previousSecretValidUntil,
                                  Instant createdAt, Instant updatedAt) {
        static DestinationJson of(Destination d, String secret) {
            RetryRules rules = d.retryRules();
            return new DestinationJson(d.id(), d.type(), d.url(), d.platformId().orElse(null), d.eventTypes(),
                    d.maxInFlight(), rules.maxAttempts(),
                    rules.maxAge().toSeconds(), (int) d.timeout().toMillis(), rules.backoff().initial().toMillis(),
                    rules.backoff().max().toMillis(), secret, d.previousSecretUntil().orElse(null), d.createdAt(),
                    d.updatedAt());
        }

        DestinationSpec toSpec() {
            return new DestinationSpec(type, url, platformId, eventTypes, maxInFlight, maxAttempts, maxAgeSeconds, timeoutMs,
                    backoffInitialMs, backoffMaxMs);
        }
    }

    @Inject
    DestinationService destinations;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Add a destination: a webhook (its whsec_ signing secret is shown once) or an LMS gradebook",
            description = "Body {type: webhook|lms-gradebook, url, platformId (gradebook), eventTypes?, maxInFlight?,"
                    + " maxAttempts?, maxAgeSeconds?, timeoutMs?, backoffInitialMs?, backoffMaxMs?}. A gradebook's url is"
                    + " a course's AGS line items URL. Deliveries start with the next event.")
    public Response create(DestinationJson body) {
        DestinationService.WithSecret made = destinations.create(caller.tenantId(), Bodies.require(body).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(made.destination().id()).build())
                .entity(DestinationJson.of(made.destination(), made.secret())).build();
    }

    @GET
    public List<DestinationJson> list() {
        return destinations.list(caller.tenantId()).stream().map(d -> DestinationJson.of(d, null)).toList();
    }

    @GET
    @Path("{id}")
    public DestinationJson get(@PathParam("id") String id) {
        return DestinationJson.of(destinations.get(caller.tenantId(), id), null);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Reconfigure a destination (its secret stays)")
    public DestinationJson update(@PathParam("id") String id, DestinationJson body) {
        return DestinationJson.of(destinations.update(caller.tenantId(), id, Bodies.require(body).toSpec()), null);
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Rotate the signing secret",
            description = "The new secret is shown once; the previous one stays valid for 24 hours, and every message"
                    + " meanwhile carries a signature for each.")
    public DestinationJson rotate(@PathParam("id") String id) {
        DestinationService.WithSecret rotated = destinations.rotate(caller.tenantId(), id);
        return DestinationJson.of(rotated.destination(), rotated.secret());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a destination; its delivery log stays")
    public Response remove(@PathParam("id") String id) {
        destinations.remove(caller.tenantId(), id);
        return Response.noContent().build();
    }
}
