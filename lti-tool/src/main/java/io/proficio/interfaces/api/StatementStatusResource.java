package io.proficio.interfaces.api;

import io.proficio.application.xapi.StatementService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TokenScope;
import io.proficio.domain.xapi.MappingResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What became of an xAPI statement: evidence, or why none (no alignment, not an outcome, …). */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class StatementStatusResource {

    /**
     * @param mapping {@code queued}, {@code evidence}, {@code no-evidence}, {@code no-alignment},
     *                {@code no-actor}, {@code voided}, {@code voided-target} or {@code failed}
     */
    public record StatementStatusJson(String id, Instant stored, boolean voided, String mapping, String detail) {
        static StatementStatusJson of(XapiStatement s) {
            return new StatementStatusJson(s.id(), s.storedAt(), s.isVoided(), s.mappingStatus(),
                    s.mappingDetail().orElse(null));
        }
    }

    /**
     * Which statements to map again: stored from {@code since} (inclusive, default the beginning) until
     * {@code until} (exclusive, default now), with one of {@code statuses} (default every outcome that
     * can change when alignments or rules change: no-alignment, no-evidence, evidence, no-actor, failed).
     */
    public record RemapRequest(Instant since, Instant until, Set<String> statuses) {
    }

    public record RemapJson(int queued) {
    }

    @Inject
    StatementService statements;
    @Inject
    CurrentCaller caller;

    @POST
    @Path("remap")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue stored xAPI statements to be mapped to evidence again (after new alignments or rules)")
    public Response remap(RemapRequest request) {
        RemapRequest asked = request == null ? new RemapRequest(null, null, null) : request;
        int queued = statements.requeue(caller.tenantId(), asked.since() == null ? Instant.EPOCH : asked.since(),
                asked.until() == null ? Instant.now() : asked.until(),
                asked.statuses() == null ? MappingResult.REMAPPABLE : asked.statuses());
        return Response.accepted(new RemapJson(queued)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Whether an xAPI statement produced evidence, or why not")
    public StatementStatusJson get(@PathParam("id") String id) {
        return statements.find(caller.tenantId(), id.toLowerCase(Locale.ROOT)).map(StatementStatusJson::of)
                .orElseThrow(() -> ProficioException.notFound("Statement", id));
    }
}
