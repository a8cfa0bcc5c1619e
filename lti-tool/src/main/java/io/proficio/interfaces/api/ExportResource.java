package io.proficio.interfaces.api;

import io.proficio.application.certification.ExportService;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** CSV files for HR systems that take batches: every award, every plan item. */
@Path("exports")
@Produces("text/csv")
@Allowed({TokenScope.INTEGRATION, TokenScope.ADMIN})
public class ExportResource {

    @Inject
    ExportService exports;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("certifications.csv")
    @Operation(summary = "Every award of the tenant as CSV: person (id, name, identifiers), certification, version,"
            + " status and dates")
    public Response certifications() {
        ExportService.Table table = exports.certifications(caller.tenantId());
        return Csv.download("certifications.csv", table.header(), table.rows());
    }

    @GET
    @Path("plan-items.csv")
    @Operation(summary = "Every plan item of the tenant as CSV: external id, person, target, due date, status and progress")
    public Response planItems() {
        ExportService.Table table = exports.planItems(caller.tenantId());
        return Csv.download("plan-items.csv", table.header(), table.rows());
    }
}
