package io.proficio.interfaces.api;

import io.proficio.application.StatementService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
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

    @Inject
    StatementService statements;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("{id}")
    @Operation(summary = "Whether an xAPI statement produced evidence, or why not")
    public StatementStatusJson get(@PathParam("id") String id) {
        return statements.find(caller.tenantId(), id.toLowerCase(Locale.ROOT)).map(StatementStatusJson::of)
                .orElseThrow(() -> ProficioException.notFound("Statement", id));
    }
}
