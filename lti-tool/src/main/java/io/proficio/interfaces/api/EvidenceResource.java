package io.proficio.interfaces.api;

import io.proficio.application.evidence.EvidenceService;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The evidence ledger: record and retract. */
@Path("evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class EvidenceResource {

    public record RetractRequest(String reason) {
    }

    @Inject
    EvidenceService evidence;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Record evidence",
            description = "201 for new evidence; 200 with the evidence already recorded for the same source kind, ref and competency.")
    public Response record(EvidenceJson body) {
        EvidenceService.Recorded recorded = evidence.record(caller.tenantId(), Bodies.require(body).toSpec(),
                caller.get().tokenId().value());
        EvidenceJson json = EvidenceJson.of(recorded.evidence());
        if (recorded.created()) {
            return Response.created(uri.getAbsolutePathBuilder().path(json.id()).build()).entity(json).build();
        }
        return Response.ok(json).build();
    }

    /** What a batch did: how many pieces were new, how many were recorded before, and their ids in order. */
    public record BatchResult(int created, int existing, List<String> ids) {
    }

    @POST
    @Path("batch")
    @Operation(summary = "Record up to 1000 pieces of evidence at once, all or nothing",
            description = "For imports of history (LMS grades, HR ratings). Violations point into the array (/3/level).")
    public BatchResult recordAll(List<EvidenceJson> batch) {
        List<EvidenceService.Recorded> recorded = evidence.recordAll(caller.tenantId(),
                Bodies.require(batch).stream().map(e -> e == null ? null : e.toSpec()).toList(),
                caller.get().tokenId().value());
        int created = (int) recorded.stream().filter(EvidenceService.Recorded::created).count();
        return new BatchResult(created, recorded.size() - created,
                recorded.stream().map(r -> r.evidence().id().value()).toList());
    }

    @POST
    @Path("{id}/retract")
    @Operation(summary = "Retract evidence: it stays in the ledger, marked, and proficiency is derived without it")
    public EvidenceJson retract(@PathParam("id") String id, RetractRequest request) {
        return EvidenceJson.of(evidence.retract(caller.tenantId(), new EvidenceId(id),
                request == null ? null : request.reason()));
    }
}
