package io.proficio.interfaces.api;

import io.proficio.application.outbox.DeliveryService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.outbox.Delivery;
import io.proficio.domain.outbox.DeliveryAttempt;
import io.proficio.domain.outbox.DeliveryStatus;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The delivery log: each event's way to each destination, its attempts, and replay of the dead. */
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class DeliveryResource {

    public record AttemptJson(int attempt, Instant startedAt, Integer statusCode, int latencyMs, String error) {
        static AttemptJson of(DeliveryAttempt a) {
            return new AttemptJson(a.attempt(), a.startedAt(), a.statusCode().orElse(null), a.latencyMs(),
                    a.error().orElse(null));
        }
    }

    /** A delivery; {@code attemptLog} only when one delivery is asked for. */
    public record DeliveryJson(String id, String eventId, String destinationId, String subject, long sequence,
                               String status, int attempts, Instant nextAttemptAt, Instant deliveredAt, Instant deadAt,
                               Integer lastStatus, String lastError, Instant createdAt, List<AttemptJson> attemptLog) {
        static DeliveryJson of(Delivery d, List<AttemptJson> log) {
            return new DeliveryJson(d.id(), d.eventId(), d.destinationId(), d.subject(), d.sequence(), d.status().value(),
                    d.attempts(), d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null,
                    d.deliveredAt().orElse(null), d.deadAt().orElse(null), d.lastStatus().orElse(null),
                    d.lastError().orElse(null), d.createdAt(), log);
        }
    }

    @Inject
    DeliveryService deliveries;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Deliveries, newest first; filter by status (pending, delivered, dead), eventId, destinationId")
    public List<DeliveryJson> list(@QueryParam("status") String status, @QueryParam("eventId") String eventId,
                                   @QueryParam("destinationId") String destinationId,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProficioException.invalid("/limit", "limit must be between 1 and 1000.");
        }
        return deliveries.list(caller.tenantId(), status(status), eventId, destinationId, limit).stream()
                .map(d -> DeliveryJson.of(d, null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One delivery with every attempt: when, status code, latency, error")
    public DeliveryJson get(@PathParam("id") String id) {
        return DeliveryJson.of(deliveries.get(caller.tenantId(), id),
                deliveries.attempts(caller.tenantId(), id).stream().map(AttemptJson::of).toList());
    }

    @POST
    @Path("{id}/replay")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Send a dead delivery again, with a new round of attempts (the same webhook-id)")
    public DeliveryJson replay(@PathParam("id") String id) {
        return DeliveryJson.of(deliveries.replay(caller.tenantId(), id), null);
    }

    private static DeliveryStatus status(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return Arrays.stream(DeliveryStatus.values()).filter(s -> s.value().equals(given.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> ProficioException.invalid("/status",
                        "status must be pending, delivered or dead."));
    }
}
