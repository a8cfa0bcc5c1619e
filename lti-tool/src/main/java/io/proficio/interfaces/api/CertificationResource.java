package io.proficio.interfaces.api;

import io.proficio.application.certification.CertificationService;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.certification.Certification;
import io.proficio.domain.certification.CertificationId;
import io.proficio.domain.certification.CertificationSpec;
import io.proficio.domain.certification.CertificationVersion;
import io.proficio.domain.certification.Requirement;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Certification definitions, versioned by their requirements. */
@Path("certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class CertificationResource {

    public record ContentJson(String type, String ref) {
    }

    /** One requirement: {@code competencyId} and {@code level}, or {@code roleId} and {@code stage}, or {@code content}. */
    public record RequirementJson(String competencyId, Integer level, String roleId, Integer stage, ContentJson content) {
        static RequirementJson of(Requirement requirement) {
            if (requirement instanceof Requirement.CompetencyLevel c) {
                return new RequirementJson(c.competencyId(), c.level(), null, null, null);
            }
            if (requirement instanceof Requirement.RoleStage s) {
                return new RequirementJson(null, null, s.roleId(), s.stage(), null);
            }
            ContentRef content = ((Requirement.ContentDone) requirement).content();
            return new RequirementJson(null, null, null, null, new ContentJson(content.type().value(), content.ref()));
        }

        CertificationSpec.RequirementSpec toSpec() {
            return new CertificationSpec.RequirementSpec(competencyId, level, roleId, stage,
                    content == null ? null : content.type(), content == null ? null : content.ref(), content != null);
        }
    }

    /** A certification; {@code id}, {@code version}, {@code createdAt} and {@code updatedAt} are ignored on input. */
    public record CertificationJson(String id, String name, String description, List<RequirementJson> requirements,
                                    Integer validForDays, Integer renewalWindowDays, Integer version,
                                    Instant createdAt, Instant updatedAt) {
        static CertificationJson of(Certification certification, CertificationVersion version) {
            return new CertificationJson(certification.id().value(), certification.name(),
                    certification.description().orElse(null),
                    version.requirements().items().stream().map(RequirementJson::of).toList(),
                    version.validity().validForDays(), version.validity().renewalWindowDays(), version.version(),
                    certification.createdAt(), certification.updatedAt());
        }

        CertificationSpec toSpec() {
            return new CertificationSpec(name, description, requirements == null ? null
                    : requirements.stream().map(r -> r == null ? null : r.toSpec()).toList(), validForDays, renewalWindowDays);
        }
    }

    /** A version as the history shows it. */
    public record VersionJson(int version, List<RequirementJson> requirements, Integer validForDays,
                              Integer renewalWindowDays, Instant createdAt) {
        static VersionJson of(CertificationVersion version) {
            return new VersionJson(version.version(), version.requirements().items().stream().map(RequirementJson::of).toList(),
                    version.validity().validForDays(), version.validity().renewalWindowDays(), version.createdAt());
        }
    }

    @Inject
    CertificationService certifications;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Define a certification",
            description = "requirements: [{competencyId, level}], [{roleId, stage}] (every requirement of that stage),"
                    + " [{content: {type, ref}}] (content done); all must hold. validForDays: none for no expiry;"
                    + " renewalWindowDays: default a quarter of the validity, at most 30.")
    public Response create(CertificationJson body) {
        Certification made = certifications.create(caller.tenantId(), Bodies.require(body).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().value()).build()).entity(json(made)).build();
    }

    @GET
    @Operation(summary = "List certifications with their current requirements")
    public List<CertificationJson> list() {
        return certifications.list(caller.tenantId()).stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    public CertificationJson get(@PathParam("id") String id) {
        return json(certifications.get(caller.tenantId(), new CertificationId(id)));
    }

    @PUT
    @Path("{id}")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Redefine a certification",
            description = "Changed requirements or validity make a new version; awards made on earlier versions keep theirs.")
    public CertificationJson update(@PathParam("id") String id, CertificationJson body) {
        return json(certifications.update(caller.tenantId(), new CertificationId(id), Bodies.require(body).toSpec()));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of the certification's requirements, oldest first")
    public List<VersionJson> versions(@PathParam("id") String id) {
        return certifications.versions(caller.tenantId(), new CertificationId(id)).stream().map(VersionJson::of).toList();
    }

    private CertificationJson json(Certification certification) {
        return CertificationJson.of(certification, certifications.current(certification));
    }
}
