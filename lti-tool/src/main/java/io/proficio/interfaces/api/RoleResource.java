package io.proficio.interfaces.api;

import io.proficio.application.proficiency.RoleProfileService;
import io.proficio.domain.role.LevelRequirement;
import io.proficio.domain.role.RoleId;
import io.proficio.domain.role.RoleProfile;
import io.proficio.domain.role.RoleProfileSpec;
import io.proficio.domain.role.RoleStage;
import io.proficio.domain.role.StageSpec;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Role profiles with their stages (performance milestones). */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class RoleResource {

    public record RequirementJson(String competencyId, Integer level) {
    }

    public record StageJson(String id, Integer position, String name, String description,
                            Map<String, String> dimensions, List<RequirementJson> requirements) {
        static StageJson of(RoleStage stage) {
            return new StageJson(stage.id(), stage.position(), stage.name(), stage.description(), stage.dimensions(),
                    stage.requirements().stream().map(r -> new RequirementJson(r.competencyId(), r.level())).toList());
        }

        StageSpec toSpec() {
            List<RequirementJson> given = requirements == null ? List.of() : requirements;
            return new StageSpec(name, description, dimensions,
                    given.stream().map(r -> new LevelRequirement(r.competencyId(), r.level())).toList());
        }
    }

    /** A role profile; {@code id}, {@code createdAt} and {@code updatedAt} are ignored on input. */
    public record RoleJson(String id, String name, String description, List<StageJson> stages, Instant createdAt,
                           Instant updatedAt) {
        static RoleJson of(RoleProfile role) {
            return new RoleJson(role.id().value(), role.name(), role.description(),
                    role.stages().stream().map(StageJson::of).toList(), role.createdAt(), role.updatedAt());
        }

        RoleProfileSpec toSpec() {
            List<StageJson> given = stages == null ? List.of() : stages;
            return new RoleProfileSpec(name, description, given.stream().map(StageJson::toSpec).toList());
        }
    }

    @Inject
    RoleProfileService roles;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Create a role profile with its stages, lowest first")
    public Response create(RoleJson role) {
        RoleProfile created = roles.create(caller.tenantId(), Bodies.require(role).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build())
                .entity(RoleJson.of(created)).build();
    }

    @GET
    @Operation(summary = "List role profiles")
    public List<RoleJson> list() {
        return roles.list(caller.tenantId()).stream().map(RoleJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One role profile")
    public RoleJson get(@PathParam("id") String id) {
        return RoleJson.of(roles.get(caller.tenantId(), new RoleId(id)));
    }

    @PUT
    @Path("{id}")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Redefine a role profile; stages keep their ids by position")
    public RoleJson update(@PathParam("id") String id, RoleJson role) {
        return RoleJson.of(roles.update(caller.tenantId(), new RoleId(id), Bodies.require(role).toSpec()));
    }

    @DELETE
    @Path("{id}")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Delete a role profile")
    public Response delete(@PathParam("id") String id) {
        roles.delete(caller.tenantId(), new RoleId(id));
        return Response.noContent().build();
    }
}
