package io.proficio.interfaces.api;

import io.proficio.application.framework.FrameworkService;
import io.proficio.application.framework.ImportResult;
import io.proficio.application.framework.ScaleService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Competency frameworks: CASE import and export, the competency tree, and the scale. */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;
    @Inject
    ScaleService scales;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Import a 1EdTech CASE 1.0 CFPackage",
            description = "201 with Location for a CFDocument new to the tenant; 200 when the same CFDocument"
                    + " identifier was imported before and the framework was updated in place (competency ids kept).")
    public Response importPackage(String casePackage) {
        if (casePackage == null || casePackage.isBlank()) {
            throw ProficioException.invalid("", "Send a CASE CFPackage as the JSON body.");
        }
        ImportResult result = frameworks.importPackage(caller.tenantId(), casePackage);
        FrameworkJson.Summary summary = FrameworkJson.Summary.of(frameworks.summary(caller.tenantId(), result.frameworkId()));
        if (result.created()) {
            return Response.created(uri.getAbsolutePathBuilder().path(result.frameworkId().value()).build())
                    .entity(summary).build();
        }
        return Response.ok(summary).build();
    }

    @GET
    @Operation(summary = "List the tenant's frameworks")
    public List<FrameworkJson.Summary> list() {
        return frameworks.list(caller.tenantId()).stream().map(FrameworkJson.Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One framework with its competency tree, or (format=case) as a CASE CFPackage")
    public Response get(@PathParam("id") String id,
                        @Parameter(description = "json (default): the tree; case: a CASE 1.0 CFPackage")
                        @QueryParam("format") @DefaultValue("json") String format) {
        FrameworkId frameworkId = new FrameworkId(id);
        return switch (format) {
            case "case" -> {
                JsonObject casePackage = frameworks.exportPackage(caller.tenantId(), frameworkId);
                yield Response.ok(casePackage.toString(), MediaType.APPLICATION_JSON_TYPE).build();
            }
            case "json" -> Response.ok(FrameworkJson.Tree.of(frameworks.tree(caller.tenantId(), frameworkId))).build();
            default -> throw ProficioException.invalid("", "format must be json or case, not '" + format + "'.");
        };
    }

    @GET
    @Path("{id}/scale")
    @Operation(summary = "The framework's proficiency scale")
    public ScaleJson scale(@PathParam("id") String id) {
        return ScaleJson.of(scales.get(caller.tenantId(), new FrameworkId(id)));
    }

    @PUT
    @Path("{id}/scale")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Replace the framework's proficiency scale",
            description = "Levels are numbered 1..n in order; proficientLevel is one of them. 409 when a role"
                    + " stage or alignment asks for a level the new scale would not have.")
    public ScaleJson defineScale(@PathParam("id") String id, ScaleJson scale) {
        ScaleJson body = Bodies.require(scale);
        return ScaleJson.of(scales.define(caller.tenantId(), new FrameworkId(id), body.toLevels(), body.proficientLevel()));
    }
}
