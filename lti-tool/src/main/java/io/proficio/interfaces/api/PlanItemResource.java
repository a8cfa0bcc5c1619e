package io.proficio.interfaces.api;

import io.proficio.application.plan.PlanItemService;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.plan.PlanItem;
import io.proficio.domain.plan.PlanItemSpec;
import io.proficio.domain.plan.PlanTarget;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Plan items the performance-management system sets for people, with the progress Proficio reports back. */
@Path("plan-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.INTEGRATION, TokenScope.ADMIN})
public class PlanItemResource {

    /** {@code {"certificationId"}} or {@code {"competencyId", "level"}}. */
    public record TargetJson(String certificationId, String competencyId, Integer level) {
    }

    public record PlanItemRequest(String externalId, String personIdentifier, TargetJson target, String dueDate,
                                  String reviewCycle) {
        PlanItemSpec toSpec() {
            return new PlanItemSpec(externalId, personIdentifier, target != null,
                    target == null ? null : target.certificationId(), target == null ? null : target.competencyId(),
                    target == null ? null : target.level(), dueDate, reviewCycle);
        }
    }

    /** A plan item with its progress (a fraction in [0, 1]) and status. */
    public record PlanItemJson(String id, String externalId, String personId, TargetJson target, String dueDate,
                               String reviewCycle, String status, double progress, Instant metAt, Instant cancelledAt,
                               Instant createdAt, Instant updatedAt) {
        static PlanItemJson of(PlanItem item) {
            TargetJson target = item.target() instanceof PlanTarget.ReachLevel r
                    ? new TargetJson(null, r.competencyId(), r.level())
                    : new TargetJson(((PlanTarget.EarnCertification) item.target()).certificationId(), null, null);
            return new PlanItemJson(item.id(), item.externalId(), item.personId().value(), target,
                    item.dueDate().toString(), item.reviewCycle().orElse(null), item.status().value(),
                    item.progressFraction(), item.metAt().orElse(null), item.cancelledAt().orElse(null),
                    item.createdAt(), item.updatedAt());
        }
    }

    @Inject
    PlanItemService items;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Set a plan item, idempotently by its externalId",
            description = "201 when the externalId is new; 200 when it exists (the item is updated; a cancelled item"
                    + " is open again). The person is named by any of their identifiers; the due date may not have"
                    + " passed on create.")
    public Response upsert(PlanItemRequest body) {
        PlanItemService.Upserted upserted = items.upsert(caller.tenantId(), Bodies.require(body).toSpec());
        PlanItemJson json = PlanItemJson.of(upserted.item());
        if (upserted.created()) {
            return Response.created(uri.getAbsolutePathBuilder().path(json.id()).build()).entity(json).build();
        }
        return Response.ok(json).build();
    }

    @GET
    @Operation(summary = "Plan items with status and progress: of one person, by externalId, or all (the first 1000)")
    public List<PlanItemJson> list(@QueryParam("personId") String personId, @QueryParam("externalId") String externalId) {
        return items.list(caller.tenantId(), Optional.ofNullable(personId).filter(s -> !s.isBlank()).map(PersonId::new),
                Optional.ofNullable(externalId).filter(s -> !s.isBlank())).stream().map(PlanItemJson::of).toList();
    }

    @GET
    @Path("{id}")
    public PlanItemJson get(@PathParam("id") String id) {
        return PlanItemJson.of(items.get(caller.tenantId(), id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a plan item: it stays, with status cancelled, and reports no more progress")
    public PlanItemJson cancel(@PathParam("id") String id) {
        return PlanItemJson.of(items.cancel(caller.tenantId(), id));
    }
}
