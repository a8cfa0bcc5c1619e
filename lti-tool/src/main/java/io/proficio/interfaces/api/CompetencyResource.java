package io.proficio.interfaces.api;

import io.proficio.application.framework.FrameworkService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Finding competencies across the tenant's frameworks. */
@Path("competencies")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class CompetencyResource {

    static final int MAX_RESULTS = 200;

    @Inject
    FrameworkService frameworks;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Search competencies by text in their statement or code")
    public List<CompetencyJson> search(@QueryParam("q") @DefaultValue("") String text,
                                       @QueryParam("frameworkId") String frameworkId,
                                       @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw ProficioException.invalid("", "limit must be between 1 and " + MAX_RESULTS + ".");
        }
        FrameworkId framework = frameworkId == null || frameworkId.isBlank() ? null : new FrameworkId(frameworkId);
        return frameworks.search(caller.tenantId(), text, framework, limit).stream().map(CompetencyJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One competency")
    public CompetencyJson get(@PathParam("id") String id) {
        return CompetencyJson.of(frameworks.competency(caller.tenantId(), new CompetencyId(id)));
    }
}
