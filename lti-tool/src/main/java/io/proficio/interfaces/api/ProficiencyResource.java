package io.proficio.interfaces.api;

import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tenant-wide proficiency maintenance. */
@Path("proficiencies")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class ProficiencyResource {

    /** How many people were recomputed, and how long it took. */
    public record Recomputed(int people, long millis) {
    }

    @Inject
    ProficiencyService proficiency;
    @Inject
    CurrentCaller caller;

    @POST
    @Path("recompute")
    @Operation(summary = "Derive every level of the tenant afresh from the evidence ledger, person by person")
    public Recomputed recompute() {
        long start = System.nanoTime();
        int people = proficiency.recomputeTenant(caller.tenantId());
        return new Recomputed(people, (System.nanoTime() - start) / 1_000_000);
    }
}
